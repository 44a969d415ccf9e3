package com.fintune.ml.data.lar;

import com.fintune.ml.data.Demographics.Ethnicity;
import com.fintune.ml.data.Demographics.Race;
import com.fintune.ml.data.Demographics.Sex;

/** HMDA demographic codes (first reported value) to FinTune's aggregate groups. */
final class HmdaDemographics {

    private HmdaDemographics() {
    }

    static Race race(String code) {
        return switch (code) {
            case "1" -> Race.AMERICAN_INDIAN_ALASKA_NATIVE;
            case "2", "21", "22", "23", "24", "25", "26", "27" -> Race.ASIAN;
            case "3" -> Race.BLACK;
            case "4", "41", "42", "43", "44" -> Race.PACIFIC_ISLANDER;
            case "5" -> Race.WHITE;
            default -> Race.NOT_PROVIDED;
        };
    }

    static Ethnicity ethnicity(String code) {
        return switch (code) {
            case "1", "11", "12", "13", "14" -> Ethnicity.HISPANIC;
            case "2" -> Ethnicity.NOT_HISPANIC;
            default -> Ethnicity.NOT_PROVIDED;
        };
    }

    static Sex sex(String code) {
        return switch (code) {
            case "1" -> Sex.MALE;
            case "2" -> Sex.FEMALE;
            default -> Sex.NOT_PROVIDED;
        };
    }

    static String raceCode(Race race) {
        return switch (race) {
            case AMERICAN_INDIAN_ALASKA_NATIVE -> "1";
            case ASIAN -> "2";
            case BLACK -> "3";
            case PACIFIC_ISLANDER -> "4";
            case WHITE -> "5";
            case NOT_PROVIDED -> "6";
        };
    }

    static String ethnicityCode(Ethnicity e) {
        return switch (e) {
            case HISPANIC -> "1";
            case NOT_HISPANIC -> "2";
            case NOT_PROVIDED -> "3";
        };
    }

    static String sexCode(Sex s) {
        return switch (s) {
            case MALE -> "1";
            case FEMALE -> "2";
            case NOT_PROVIDED -> "3";
        };
    }
}
