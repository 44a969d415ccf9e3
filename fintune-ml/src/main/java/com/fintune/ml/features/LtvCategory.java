package com.fintune.ml.features;

/**
 * Loan-to-value bins: 80% (private mortgage insurance required above it, Fannie Mae B7-1-02; Homeowners
 * Protection Act), 90% and 95% (mortgage-insurance coverage tiers), 97% (Fannie Mae maximum LTV, B2-1.1-01).
 */
public enum LtvCategory {
    UNKNOWN("not reported"),
    UP_TO_80("80% or less"),
    FROM_80_TO_90("80-90%"),
    FROM_90_TO_95("90-95%"),
    FROM_95_TO_97("95-97%"),
    ABOVE_97("above 97% max");

    private final String words;

    LtvCategory(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public static LtvCategory of(Double ltv) {
        if (ltv == null) {
            return UNKNOWN;
        }
        if (ltv <= 80) {
            return UP_TO_80;
        }
        if (ltv <= 90) {
            return FROM_80_TO_90;
        }
        if (ltv <= 95) {
            return FROM_90_TO_95;
        }
        return ltv <= 97 ? FROM_95_TO_97 : ABOVE_97;
    }
}
