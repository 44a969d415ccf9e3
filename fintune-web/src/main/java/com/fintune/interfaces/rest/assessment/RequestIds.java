package com.fintune.interfaces.rest.assessment;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id a caller sent in X-Request-Id (when it is a sane token), or a new one. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    static String orNew(String given) {
        return given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
