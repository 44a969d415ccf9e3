package com.fintune.ml.data;

/**
 * Kind of dwelling. HMDA records it as construction method (LAR field 8: 1 site-built, 2 manufactured) plus total
 * units (field 91); {@link #fromHmda(int, int)} derives the type from those two.
 */
public enum PropertyType {
    SINGLE_FAMILY("single-family", 1),
    CONDO("condo", 1),
    TOWNHOUSE("townhouse", 1),
    TWO_TO_FOUR_UNIT("2-4 unit", 2),
    MANUFACTURED("manufactured", 1),
    /** Five or more units: a multifamily loan, outside every single-family program (seen on imported LARs). */
    MULTIFAMILY("5+ unit multifamily", 5);

    private final String words;
    private final int minUnits;

    PropertyType(String words, int minUnits) {
        this.words = words;
        this.minUnits = minUnits;
    }

    public String words() {
        return words;
    }

    /** HMDA construction method: 2 for manufactured, 1 (site-built) otherwise. */
    public int hmdaConstructionMethod() {
        return this == MANUFACTURED ? 2 : 1;
    }

    /** Total units reported to HMDA (1; 2 for 2-4 unit homes; 5 for multifamily). */
    public int hmdaTotalUnits() {
        return minUnits;
    }

    public static PropertyType fromHmda(int constructionMethod, int totalUnits) {
        if (constructionMethod == 2) {
            return MANUFACTURED;
        }
        if (constructionMethod != 1) {
            throw new IllegalArgumentException("HMDA construction method must be 1 or 2, was " + constructionMethod);
        }
        if (totalUnits >= 5) {
            return MULTIFAMILY;
        }
        return totalUnits >= 2 ? TWO_TO_FOUR_UNIT : SINGLE_FAMILY;
    }
}
