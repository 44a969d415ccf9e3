package com.fintune.ml.data;

import java.util.Locale;

/**
 * Protected characteristics of the (primary) applicant, collected as HMDA requires for fair-lending monitoring.
 * Kept apart from {@link LoanApplication} so that no feature, and therefore no prediction, can depend on them
 * (ECOA / Regulation B, 12 CFR 1002.6).
 */
public record Demographics(Race race, Ethnicity ethnicity, Sex sex, AgeBand ageBand) {

    public static final Demographics NOT_PROVIDED =
            new Demographics(Race.NOT_PROVIDED, Ethnicity.NOT_PROVIDED, Sex.NOT_PROVIDED, AgeBand.NOT_PROVIDED);

    /** HMDA race categories (LAR fields 33-37), collapsed to the five aggregate groups. */
    public enum Race { AMERICAN_INDIAN_ALASKA_NATIVE, ASIAN, BLACK, PACIFIC_ISLANDER, WHITE, NOT_PROVIDED }

    /** HMDA ethnicity (LAR fields 19-23), aggregate. */
    public enum Ethnicity { HISPANIC, NOT_HISPANIC, NOT_PROVIDED }

    /** HMDA sex (LAR field 51). */
    public enum Sex { MALE, FEMALE, NOT_PROVIDED }

    /** HMDA public-file age bands. */
    public enum AgeBand {
        UNDER_25, AGE_25_34, AGE_35_44, AGE_45_54, AGE_55_64, AGE_65_74, OVER_74, NOT_PROVIDED;

        /** Band of an age in years; 8888 / negative means not provided. */
        public static AgeBand of(int age) {
            if (age < 0 || age == 8888 || age == 9999) {
                return NOT_PROVIDED;
            }
            if (age < 25) {
                return UNDER_25;
            }
            if (age > 74) {
                return OVER_74;
            }
            return values()[1 + (age - 25) / 10];
        }
    }

    /** True if the named group (e.g. "BLACK", "HISPANIC", "FEMALE", "AGE_65_74", any case) describes this person. */
    public boolean belongsTo(String group) {
        String g = group.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return race.name().equals(g) || ethnicity.name().equals(g) || sex.name().equals(g)
                || ageBand.name().equals(g);
    }

    /** True if some demographic enum has a value of that name. */
    public static boolean isKnownGroup(String group) {
        String g = group.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Enum<?>[] values : new Enum<?>[][] {Race.values(), Ethnicity.values(), Sex.values(), AgeBand.values()}) {
            for (Enum<?> v : values) {
                if (v.name().equals(g)) {
                    return true;
                }
            }
        }
        return false;
    }
}
