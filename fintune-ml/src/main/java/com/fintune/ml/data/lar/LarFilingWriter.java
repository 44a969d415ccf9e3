package com.fintune.ml.data.lar;

import com.fintune.ml.data.Demographics;
import com.fintune.ml.data.LoanApplication;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes a filing-format LAR: the transmittal line, then one 110-field record per application. FinTune knows
 * only part of what a LAR asks for (no address, census tract, pricing, AUS): those fields are written as "NA" or
 * the spec's "not applicable" code, so the file reads back into FinTune and shows the lender's decisions, but
 * it must go through the FFIEC HMDA Platform's edits before anyone submits it.
 */
public final class LarFilingWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public void write(Writer out, Transmittal ts, List<LarApplication> apps) throws IOException {
        if (ts.totalLines() != apps.size()) {
            throw new IllegalArgumentException("transmittal says " + ts.totalLines() + " records, got " + apps.size());
        }
        out.write(String.join("|", ts.fields()));
        out.write('\n');
        for (LarApplication a : apps) {
            out.write(String.join("|", record(a)));
            out.write('\n');
        }
    }

    static String[] record(LarApplication a) {
        String[] f = new String[LarField.LAR_FIELDS];
        Arrays.fill(f, "");
        LoanApplication l = a.application();
        Demographics d = a.demographics();
        set(f, LarField.RECORD_ID, "2");
        set(f, LarField.LEI, a.lei());
        set(f, LarField.ULI, a.uli());
        set(f, LarField.APPLICATION_DATE, a.applicationDate() == null ? "NA" : DATE.format(a.applicationDate()));
        set(f, LarField.LOAN_TYPE, Integer.toString(l.loanType().hmdaCode()));
        set(f, LarField.LOAN_PURPOSE, Integer.toString(l.purpose().hmdaCode()));
        f[6] = "2";                                   // preapproval not requested
        set(f, LarField.CONSTRUCTION_METHOD, Integer.toString(l.propertyType().hmdaConstructionMethod()));
        set(f, LarField.OCCUPANCY, Integer.toString(l.occupancy().hmdaCode()));
        set(f, LarField.LOAN_AMOUNT, number(l.loanAmount()));
        set(f, LarField.ACTION_TAKEN, Integer.toString(a.actionTaken().code()));
        set(f, LarField.ACTION_DATE, a.actionDate() == null ? "NA" : DATE.format(a.actionDate()));
        f[12] = "NA";                                 // street
        f[13] = "NA";                                 // city
        set(f, LarField.STATE, l.state() == null ? "NA" : l.state());
        f[15] = "NA";                                 // ZIP
        set(f, LarField.COUNTY, l.county() == null ? "NA" : l.county());
        f[17] = "NA";                                 // census tract
        set(f, LarField.ETHNICITY, HmdaDemographics.ethnicityCode(d.ethnicity()));
        f[24] = "5";                                  // co-applicant ethnicity: no co-applicant
        f[30] = "2";                                  // not collected on visual observation
        f[31] = "4";                                  // co-applicant: not applicable
        set(f, LarField.RACE, HmdaDemographics.raceCode(d.race()));
        f[40] = "8";                                  // co-applicant race: no co-applicant
        f[48] = "2";
        f[49] = "4";
        set(f, LarField.SEX, HmdaDemographics.sexCode(d.sex()));
        f[51] = "5";                                  // co-applicant sex: no co-applicant
        f[52] = "2";
        f[53] = "4";
        set(f, LarField.AGE, age(d.ageBand()));
        f[55] = "9999";                               // co-applicant age: no co-applicant
        set(f, LarField.INCOME, l.annualIncome() == null ? "NA" : Long.toString(Math.round(l.annualIncome() / 1000)));
        f[57] = "0";                                  // type of purchaser: not sold
        f[58] = "NA";                                 // rate spread
        f[59] = "3";                                  // HOEPA: not applicable
        set(f, LarField.LIEN_STATUS, Integer.toString(l.lienStatus().hmdaCode()));
        set(f, LarField.CREDIT_SCORE, l.creditScore() == null ? "8888" : Integer.toString(l.creditScore()));
        f[62] = "9999";                               // co-applicant score: no co-applicant
        f[63] = l.creditScore() == null ? "9" : "8";  // scoring model: 8 other (FinTune does not record which)
        f[64] = l.creditScore() == null ? "" : "FICO";
        f[65] = "10";                                 // co-applicant model: no co-applicant
        List<Integer> codes = a.hmdaDenialCodes();
        set(f, LarField.DENIAL_1, codes.isEmpty() ? "10" : codes.get(0).toString());
        set(f, LarField.DENIAL_2, codes.size() > 1 ? codes.get(1).toString() : "");
        set(f, LarField.DENIAL_3, codes.size() > 2 ? codes.get(2).toString() : "");
        set(f, LarField.DENIAL_4, codes.size() > 3 ? codes.get(3).toString() : "");
        set(f, LarField.DENIAL_TEXT, codes.contains(9) && a.denialText() != null ? a.denialText().replace('|', '/') : "");
        for (int i = 72; i <= 78; i++) {
            f[i] = "NA";                              // costs, points, rate, prepayment: not known to FinTune
        }
        set(f, LarField.DTI, l.dtiPercent() == null ? "NA" : number(l.dtiPercent()));
        set(f, LarField.CLTV, l.cltvPercent() == null ? "NA" : number(l.cltvPercent()));
        set(f, LarField.LOAN_TERM, Integer.toString(l.termMonths()));
        f[82] = "NA";                                 // introductory rate period
        f[83] = "2";
        f[84] = "2";
        f[85] = "2";
        f[86] = "2";                                  // no balloon, interest-only, negative amortization, other
        set(f, LarField.PROPERTY_VALUE, l.propertyValue() == null ? "NA" : number(l.propertyValue()));
        f[88] = "3";                                  // manufactured home secured property type: not applicable
        f[89] = "5";                                  // manufactured home land interest: not applicable
        set(f, LarField.TOTAL_UNITS, Integer.toString(l.propertyType().hmdaTotalUnits()));
        f[91] = "NA";                                 // multifamily affordable units
        f[92] = "1";                                  // submitted directly
        f[93] = "1";                                  // initially payable to the institution
        f[94] = "NA";                                 // NMLSR id
        f[95] = "6";                                  // AUS: not applicable
        f[101] = "17";                                // AUS result: not applicable
        f[107] = "2";
        f[108] = "2";
        f[109] = "2";                                 // not reverse, not open-end, not business purpose
        return f;
    }

    private static void set(String[] f, LarField field, String value) {
        f[field.index()] = value;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** A representative age inside the band (HMDA wants years; FinTune keeps only the band). */
    static String age(Demographics.AgeBand band) {
        return switch (band) {
            case UNDER_25 -> "22";
            case AGE_25_34 -> "30";
            case AGE_35_44 -> "40";
            case AGE_45_54 -> "50";
            case AGE_55_64 -> "60";
            case AGE_65_74 -> "70";
            case OVER_74 -> "78";
            case NOT_PROVIDED -> "8888";
        };
    }
}
