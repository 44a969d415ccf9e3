package com.fintune.ml.features;

/**
 * Credit-score tiers at the program cut points: 580 (FHA minimum for 96.5% LTV, HUD 4000.1), 620 (Fannie Mae and
 * Freddie Mac minimum, Selling Guide B3-5.1-01), 680 and 740 (loan-level price adjustment grid breaks).
 */
public enum CreditTier {
    NO_SCORE("no score"),
    BELOW_580("below 580"),
    FROM_580_TO_619("580-619, below 620"),
    FROM_620_TO_679("620-679"),
    FROM_680_TO_739("680-739"),
    FROM_740("740+");

    private final String words;

    CreditTier(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public static CreditTier of(Integer score) {
        if (score == null) {
            return NO_SCORE;
        }
        if (score < 580) {
            return BELOW_580;
        }
        if (score < 620) {
            return FROM_580_TO_619;
        }
        if (score < 680) {
            return FROM_620_TO_679;
        }
        return score < 740 ? FROM_680_TO_739 : FROM_740;
    }
}
