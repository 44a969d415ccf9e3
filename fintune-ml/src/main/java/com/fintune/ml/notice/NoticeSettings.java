package com.fintune.ml.notice;

import java.util.Optional;
import java.util.function.Function;

/**
 * Who the notice names besides the applicant: the creditor, the federal agency that administers ECOA compliance for
 * it (12 CFR 1002 appendix A) and the consumer reporting agency that supplied credit scores. The same keys are read
 * by the server (MicroProfile Config) and by {@code fintune notice --config FILE}; an address is one text with lines
 * separated by '|'. The defaults are placeholders for a demonstration lender: set all six for real notices.
 */
public record NoticeSettings(Party creditor, Party agency, Party scoreSource) {

    public static final String CREDITOR_NAME = "fintune.notice.creditor.name";
    public static final String CREDITOR_ADDRESS = "fintune.notice.creditor.address";
    public static final String AGENCY_NAME = "fintune.notice.agency.name";
    public static final String AGENCY_ADDRESS = "fintune.notice.agency.address";
    public static final String SCORE_SOURCE_NAME = "fintune.notice.score-source.name";
    public static final String SCORE_SOURCE_ADDRESS = "fintune.notice.score-source.address";

    public static final String DEFAULT_CREDITOR_NAME = "FinTune Demo Mortgage Company";
    public static final String DEFAULT_CREDITOR_ADDRESS = "100 Main Street|Springfield, IL 62701";
    /** The CFPB administers ECOA for most non-bank mortgage lenders and large banks (appendix A). */
    public static final String DEFAULT_AGENCY_NAME = "Bureau of Consumer Financial Protection";
    public static final String DEFAULT_AGENCY_ADDRESS = "1700 G Street NW|Washington, DC 20552";
    public static final String DEFAULT_SCORE_SOURCE_NAME = "Example Credit Bureau";
    public static final String DEFAULT_SCORE_SOURCE_ADDRESS = "P.O. Box 1000|Atlanta, GA 30348";

    public static NoticeSettings defaults() {
        return fromSettings(key -> Optional.empty());
    }

    /** Each key from {@code settings}, or its default when absent or blank. */
    public static NoticeSettings fromSettings(Function<String, Optional<String>> settings) {
        Function<String, Function<String, String>> get = key -> dflt -> settings.apply(key)
                .filter(v -> !v.isBlank()).orElse(dflt);
        return new NoticeSettings(
                Party.of(get.apply(CREDITOR_NAME).apply(DEFAULT_CREDITOR_NAME),
                        get.apply(CREDITOR_ADDRESS).apply(DEFAULT_CREDITOR_ADDRESS)),
                Party.of(get.apply(AGENCY_NAME).apply(DEFAULT_AGENCY_NAME),
                        get.apply(AGENCY_ADDRESS).apply(DEFAULT_AGENCY_ADDRESS)),
                Party.of(get.apply(SCORE_SOURCE_NAME).apply(DEFAULT_SCORE_SOURCE_NAME),
                        get.apply(SCORE_SOURCE_ADDRESS).apply(DEFAULT_SCORE_SOURCE_ADDRESS)));
    }
}
