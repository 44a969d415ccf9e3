package com.fintune.ml.data.lar;

import static org.junit.jupiter.api.Assertions.*;

import com.fintune.ml.taxonomy.HmdaActionTaken;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LarReaderTest {

    private static Path sample;
    private static LarImport imported;

    @BeforeAll
    static void importSample() throws Exception {
        sample = Path.of(System.getProperty("fintune.fixtures"), "hmda",
                "clean_file_5k_rows_Bank0_syntax_validity.txt");
        imported = new LarReader().read(sample);
    }

    @Test
    void sampleCountsMatchTheFixtureReadme() {
        Transmittal ts = imported.transmittal();
        assertEquals("Bank0", ts.institutionName());
        assertEquals(2018, ts.year());
        assertEquals(5000, ts.totalLines());
        assertEquals("B90YWS6AFX2LGWOXJ1LD", ts.lei());
        LarSummary s = imported.summary();
        assertEquals(5000, s.records());
        assertEquals(Map.of(HmdaActionTaken.ORIGINATED, 500, HmdaActionTaken.APPROVED_NOT_ACCEPTED, 450,
                HmdaActionTaken.DENIED, 500, HmdaActionTaken.WITHDRAWN, 850, HmdaActionTaken.CLOSED_INCOMPLETE, 800,
                HmdaActionTaken.PURCHASED, 1900), s.byAction());
        assertEquals(Map.of(1, 100, 2, 350, 3, 400, 4, 200, 5, 300, 6, 100, 7, 300, 8, 150, 9, 100), s.byDenialCode());
        long withText = imported.applications().stream().filter(a -> a.denialText() != null).count();
        assertEquals(100, withText);
        assertTrue(imported.applications().stream().allMatch(a -> a.reasons().isEmpty() != a.actionTaken().isDenial()));
    }

    @Test
    void denialCodesMapOntoTheTaxonomy() {
        Map<ReasonCategory, Integer> r = imported.summary().byReason();
        assertEquals(350, r.get(ReasonCategory.EMPLOYMENT));
        assertEquals(200, r.get(ReasonCategory.COLLATERAL));
        assertEquals(300, r.get(ReasonCategory.CASH));
        assertEquals(100, r.get(ReasonCategory.UNVERIFIABLE));
        assertEquals(300, r.get(ReasonCategory.INCOMPLETE));
        assertEquals(150, r.get(ReasonCategory.MORTGAGE_INSURANCE));
        assertEquals(100, r.get(ReasonCategory.OTHER_POLICY));
        // code 1 splits into DTI / INCOME and code 3 into DELINQUENCY / THIN_FILE, never losing a record
        assertEquals(100, r.getOrDefault(ReasonCategory.DTI, 0) + r.getOrDefault(ReasonCategory.INCOME, 0));
        assertEquals(400, r.getOrDefault(ReasonCategory.DELINQUENCY, 0) + r.getOrDefault(ReasonCategory.THIN_FILE, 0));
        assertFalse(r.containsKey(ReasonCategory.DEROGATORY));
    }

    @Test
    void everyBadRowIsReportedAndNothingIsImported() throws Exception {
        List<String> lines = Files.readAllLines(sample);
        String[] f = lines.get(5).split("\\|", -1);
        f[10] = "9";                                  // action taken out of range
        lines.set(5, String.join("|", f));
        String[] g = lines.get(8).split("\\|", -1);
        g[9] = "abc";                                 // loan amount
        lines.set(8, String.join("|", g));
        lines.set(12, lines.get(12) + "|extra");      // 111 fields
        lines.set(20, lines.get(3));                  // duplicate ULI of line 4
        LarImportException e = assertThrows(LarImportException.class,
                () -> new LarReader().read(String.join("\n", lines) + "\n"));
        List<String> shown = e.problems().stream().map(LarProblem::toString).toList();
        assertTrue(shown.contains("line 6: Action Taken (field 11): '9' is not a valid code"), shown.toString());
        assertTrue(shown.contains("line 9: Loan Amount (field 10): 'abc' is not a number"), shown.toString());
        assertTrue(shown.contains("line 13: record: has 111 fields, a LAR record has 110"), shown.toString());
        assertTrue(shown.contains("line 21: Universal Loan Identifier (ULI) (field 3): repeats the ULI of line 4"),
                shown.toString());
        assertEquals(4, shown.size(), shown.toString());
    }

    @Test
    void transmittalCountMustMatch() {
        String content = "1|Bank0|2018|4|a|b|c|d|e|UT|84096|9|2|01-0123456|B90YWS6AFX2LGWOXJ1LD\n";
        LarImportException e = assertThrows(LarImportException.class, () -> new LarReader().read(content));
        assertEquals("line 1: Total Number of Entries Contained in Submission (field 13): says 2 but the file has 0 LAR records",
                e.problems().get(0).toString());
    }

    @Test
    void publicCsvIsReadByHeaderNamesWithStableIds() throws Exception {
        String csv = "activity_year,lei,state_code,county_code,action_taken,loan_type,loan_purpose,lien_status,"
                + "loan_amount,loan_to_value_ratio,loan_term,property_value,construction_method,occupancy_type,"
                + "total_units,income,debt_to_income_ratio,applicant_ethnicity-1,applicant_race-1,applicant_sex,"
                + "applicant_age,denial_reason-1,denial_reason-2,denial_reason-3,denial_reason-4\n"
                + "2023,B90YWS6AFX2LGWOXJ1LD,OH,39049,3,1,1,1,255000,96.5,360,265000,1,1,1,62,50%-60%,2,3,2,35-44,1,3,,\n"
                + "2023,B90YWS6AFX2LGWOXJ1LD,OH,39049,1,2,1,1,155000,96.5,360,165000,1,1,5-24,48,30%-<36%,1,5,1,>74,10,,,\n"
                + "2023,B90YWS6AFX2LGWOXJ1LD,OH,39049,1,2,1,1,155000,96.5,360,165000,1,1,5-24,48,30%-<36%,1,5,1,>74,10,,,\n";
        LarImport first = new LarReader().read(csv);
        LarImport again = new LarReader().read(csv);
        assertNull(first.transmittal());
        assertEquals(3, first.applications().size());
        assertEquals(first.applications().stream().map(LarApplication::uli).toList(),
                again.applications().stream().map(LarApplication::uli).toList());
        assertEquals(3, first.applications().stream().map(LarApplication::uli).distinct().count());
        LarApplication denied = first.applications().get(0);
        assertEquals(55.0, denied.application().dtiPercent());
        assertEquals(62_000.0, denied.application().annualIncome());
        assertEquals(java.util.Set.of(ReasonCategory.DTI, ReasonCategory.THIN_FILE), denied.reasons());
        assertEquals(com.fintune.ml.data.PropertyType.MULTIFAMILY, first.applications().get(1).application().propertyType());
        assertEquals(com.fintune.ml.data.Demographics.AgeBand.OVER_74, first.applications().get(1).demographics().ageBand());
    }

    @Test
    void uliCheckDigitsFollowIso7064() {
        // Regulation C, appendix C example
        assertEquals("10BX939C5543TQA1144M999143X38", Uli.of("10Bx939c5543TqA1144M", "999143X"));
        assertTrue(Uli.isValid("10BX939C5543TQA1144M999143X38"));
        assertFalse(Uli.isValid("10BX939C5543TQA1144M999143X37"));
    }
}
