package com.fintune.notice.application;

import com.fintune.ml.notice.AdverseActionNotice;
import com.fintune.ml.notice.NoticePdf;
import com.fintune.ml.notice.NoticeSettings;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Holds the compiled notice template (compiling it takes about a second, so once, on first use) and the notice
 * settings from MicroProfile Config ({@code fintune.notice.*}, defaults in fintune-ml's {@link NoticeSettings}).
 * Rendering is thread-safe, so the bean lets calls in concurrently.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NoticeRenderer {

    private volatile NoticePdf pdf;

    public byte[] render(AdverseActionNotice notice) {
        NoticePdf r = pdf;
        if (r == null) {
            synchronized (this) {
                if (pdf == null) {
                    pdf = new NoticePdf();
                }
                r = pdf;
            }
        }
        return r.render(notice);
    }

    public NoticeSettings settings() {
        var config = ConfigProvider.getConfig();
        return NoticeSettings.fromSettings(key -> config.getOptionalValue(key, String.class));
    }
}
