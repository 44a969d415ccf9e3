package com.fintune.ml.data;

import static org.junit.jupiter.api.Assertions.*;

import com.fintune.ml.taxonomy.HmdaActionTaken;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationFilesTest {

    @TempDir
    Path dir;

    private final ApplicationFiles files = new ApplicationFiles();

    private List<LabeledApplication> sample() {
        LoanApplication tricky = SampleApplications.strongPurchase().toBuilder()
                .underwriterNotes("Bwr said \"call after 5\", employer: Acme, Inc.\nVOE pending").creditScore(null)
                .build();
        return List.of(
                new LabeledApplication("A-1", SampleApplications.strongPurchase(), EnumSet.noneOf(ReasonCategory.class),
                        12.5, Decision.approved(), Demographics.NOT_PROVIDED),
                new LabeledApplication("A-2", tricky, EnumSet.of(ReasonCategory.DTI, ReasonCategory.THIN_FILE), 71.25,
                        Decision.denied(), new Demographics(Demographics.Race.ASIAN, Demographics.Ethnicity.NOT_HISPANIC,
                        Demographics.Sex.FEMALE, Demographics.AgeBand.AGE_35_44)),
                new LabeledApplication("A-3", SampleApplications.strongPurchase(), null, 40,
                        new Decision(Decision.Outcome.REFER, null), Demographics.NOT_PROVIDED));
    }

    @Test
    void jsonlAndCsvRoundTripExactly() throws Exception {
        for (ApplicationFiles.Format format : ApplicationFiles.Format.values()) {
            Path file = dir.resolve("apps." + format.name().toLowerCase());
            files.write(file, sample(), format);
            assertEquals(sample(), files.read(file), format.name());
        }
    }

    @Test
    void badRowsAreAllReportedWithLineNumbersAndNothingIsLoaded() throws Exception {
        Path file = dir.resolve("apps.jsonl");
        files.write(file, sample(), ApplicationFiles.Format.JSONL);
        List<String> lines = Files.readAllLines(file);
        lines.set(0, lines.get(0).replace("\"creditScore\":752", "\"creditScore\":952"));
        lines.set(2, "{not json");
        Files.write(file, lines);
        ApplicationFileException e = assertThrows(ApplicationFileException.class, () -> files.read(file));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("line 1: creditScore: must be between 300 and 850"),
                e.problems().get(0));
        assertTrue(e.problems().get(1).startsWith("line 3: "), e.problems().get(1));
    }

    @Test
    void validatorNamesEveryBadField() {
        LoanApplication bad = SampleApplications.strongPurchase().toBuilder().loanAmount(0).product(null)
                .state("ohio").ltvPercent(90.0).cltvPercent(85.0).build();
        ValidationException e = assertThrows(ValidationException.class,
                () -> new ApplicationValidator().requireValid(bad));
        assertEquals(List.of("loanAmount", "product", "state", "cltvPercent"), List.copyOf(e.byField().keySet()));
    }

    @Test
    void hmdaDenialActionRequiresDenyOutcome() {
        assertThrows(IllegalArgumentException.class,
                () -> new Decision(Decision.Outcome.APPROVE, HmdaActionTaken.DENIED));
        assertEquals(Decision.Outcome.REFER, Decision.fromHmda(HmdaActionTaken.WITHDRAWN).outcome());
    }
}
