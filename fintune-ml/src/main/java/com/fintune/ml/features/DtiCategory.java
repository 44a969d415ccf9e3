package com.fintune.ml.features;

/**
 * Back-end debt-to-income bins: 36% (Fannie Mae manual-underwriting base, B3-6-02), 43% (former general QM limit,
 * 12 CFR 1026.43(e)(2)(vi) before 2021, and FHA's standard ratio), 45% (Fannie Mae manual maximum with
 * compensating factors), 50% (Fannie Mae DU maximum).
 */
public enum DtiCategory {
    UNKNOWN("not reported"),
    UP_TO_36("36% or less"),
    FROM_36_TO_43("36-43%"),
    FROM_43_TO_45("above 43%"),
    FROM_45_TO_50("above 45% limit"),
    ABOVE_50("above 50% max");

    private final String words;

    DtiCategory(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public static DtiCategory of(Double dti) {
        if (dti == null) {
            return UNKNOWN;
        }
        if (dti <= 36) {
            return UP_TO_36;
        }
        if (dti <= 43) {
            return FROM_36_TO_43;
        }
        if (dti <= 45) {
            return FROM_43_TO_45;
        }
        return dti <= 50 ? FROM_45_TO_50 : ABOVE_50;
    }
}
