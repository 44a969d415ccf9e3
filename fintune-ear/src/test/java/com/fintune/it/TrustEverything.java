package com.fintune.it;

import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/** Accepts the development server's self-signed certificate: for tests against the local Liberty over HTTPS only. */
final class TrustEverything implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
