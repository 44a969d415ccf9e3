package com.fintune.ml.data.lar;

/**
 * The transmittal sheet (line 1 of a filing-format LAR; CFPB TABLE 1, 15 fields): who files, for which year, how
 * many records.
 */
public record Transmittal(String institutionName, int year, int quarter, String contactName, String contactPhone,
                          String contactEmail, String street, String city, String state, String zip,
                          int agencyCode, int totalLines, String taxId, String lei) {

    /** The 15 fields in order, for writing. */
    String[] fields() {
        return new String[] {"1", institutionName, Integer.toString(year), Integer.toString(quarter), contactName,
            contactPhone, contactEmail, street, city, state, zip, Integer.toString(agencyCode),
            Integer.toString(totalLines), taxId, lei};
    }
}
