package com.fintune.interfaces.console;

import com.fintune.ml.taxonomy.ReasonCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Words for the codes the services speak (enum names such as PRINCIPAL_RESIDENCE, reason names such as DTI), so
 * that no page shows a raw code: {@code #{labels.of('SECOND_HOME')}} is "Second home".
 */
@Named("labels")
@ApplicationScoped
public class Labels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** A code in words: the first letter capital, underscores as spaces; null and blank as an empty string. */
    public String of(String code) {
        return words(code);
    }

    /** A denial-reason category in the lender's words ("Debt-to-income ratio"), or the code in words. */
    public String reason(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        try {
            return ReasonCategory.fromName(name).displayName();
        } catch (RuntimeException unknown) {
            return words(name);
        }
    }

    /** Comma-separated reason names (as stored with a prediction) in words. */
    public String reasons(String names) {
        if (names == null || names.isBlank()) {
            return "none";
        }
        StringBuilder out = new StringBuilder();
        for (String name : names.split(",")) {
            out.append(out.isEmpty() ? "" : "; ").append(reason(name.trim()));
        }
        return out.toString();
    }

    /** A style class for a decision: ft-decision-approve, -refer, -deny, -withdraw. */
    public String decisionStyle(String decision) {
        return decision == null ? "" : "ft-decision ft-decision-" + decision.toLowerCase(Locale.ROOT);
    }

    /**
     * A moment readable before the browser's script puts it in the reader's locale and zone: "1 May 2024, 08:30
     * UTC". Pages wrap it in {@code <time class="ft-time" datetime="…">}.
     */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public static String words(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String lower = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        if (lower.equals("dti")) {
            return "DTI";
        }
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
