package com.fintune.ml.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The credit score disclosure of FCRA section 615(a) and (h) (Regulation B appendix C, form C-1): the score used in
 * the decision, its range, up to four key factors that adversely affected it (given by the caller, in order), the
 * date the score was created and the consumer reporting agency that provided it.
 */
public record CreditScoreDisclosure(int score, int lowest, int highest, List<String> keyFactors, LocalDate scoredOn,
                                    Party source) {

    /** FCRA 609(f)(1)(C): at most four key factors (five where inquiries are one; not used here). */
    public static final int MAX_KEY_FACTORS = 4;
    public static final int LOWEST = 300;
    public static final int HIGHEST = 850;

    public CreditScoreDisclosure {
        if (lowest >= highest || score < lowest || score > highest) {
            throw new IllegalArgumentException("credit score " + score + " is outside its range " + lowest + "-"
                    + highest);
        }
        keyFactors = List.copyOf(Objects.requireNonNull(keyFactors, "keyFactors"));
        if (keyFactors.size() > MAX_KEY_FACTORS) {
            throw new IllegalArgumentException("a notice states at most " + MAX_KEY_FACTORS + " key factors, "
                    + keyFactors.size() + " were given");
        }
        if (keyFactors.stream().anyMatch(f -> f == null || f.isBlank())) {
            throw new IllegalArgumentException("a key factor is blank");
        }
        Objects.requireNonNull(scoredOn, "the date of the credit score is required");
        Objects.requireNonNull(source, "the source of the credit score is required");
    }

    /** A score on the usual 300-850 scale. */
    public static CreditScoreDisclosure of(int score, List<String> keyFactors, LocalDate scoredOn, Party source) {
        return new CreditScoreDisclosure(score, LOWEST, HIGHEST, keyFactors, scoredOn, source);
    }
}
