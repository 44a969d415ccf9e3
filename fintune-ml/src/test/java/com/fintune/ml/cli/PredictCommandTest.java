package com.fintune.ml.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LienStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PredictCommandTest {

    /** What no error line may contain: a class name, a library's name, an exception, a stack frame. */
    private static final java.util.regex.Pattern LEAK = java.util.regex.Pattern.compile(
            "[a-z]+\\.[a-z]+\\.[A-Z]\\w+|RESTEASY|Jackson|com\\.fasterxml|Exception|\\bat [a-z]+\\.|REDACTED|Feature");

    private static final Path FIXTURES = Path.of(System.getProperty("fintune.fixtures", "../shared/fixtures"));
    private static final String[] TINY = {"predict", "--model", FIXTURES.resolve("tiny-roberta").toString(),
            "--tokenizer", FIXTURES.resolve("roberta-base-tokenizer/tokenizer.json").toString(), "--batch-size", "2"};

    private static String line(double dti, String notes) throws Exception {
        LoanApplication a = LoanApplication.builder().loanAmount(250_000).purpose(LoanPurpose.PURCHASE)
                .product(MortgageProduct.FHA).termMonths(360).lienStatus(LienStatus.FIRST)
                .occupancy(Occupancy.PRINCIPAL_RESIDENCE).propertyValue(260_000.0)
                .propertyType(PropertyType.CONDO).annualIncome(60_000.0).creditScore(640).dtiPercent(dti)
                .ltvPercent(96.2).employmentStatus(EmploymentStatus.SALARIED).yearsEmployed(3.0)
                .underwriterNotes(notes).build();
        return ApplicationFiles.json().writeValueAsString(a);
    }

    @Test
    void answersEveryLineInOrderWithTheApisSchema() throws Exception {
        String in = String.join("\n", line(30, "clean file"), line(44, "two late payments"), line(51, "gift funds"));
        CliRun run = CliRun.of(in + "\n", TINY);
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size());
        for (String l : lines) {
            JsonNode answer = ApplicationFiles.json().readTree(l);
            assertTrue(List.of("APPROVE", "REFER", "DENY").contains(answer.get("decision").asText()));
            assertEquals(12, answer.get("probabilities").size());
            assertTrue(answer.get("modelVersion").asText().startsWith("tiny-roberta@"));
            assertTrue(answer.get("riskSummary").asText().length() > 20);
            assertTrue(answer.get("predictionId").isNull(), "the CLI stores nothing");
        }
    }

    @Test
    void badLinesAreReportedByNumberAndEveryGoodLineIsAnswered() throws Exception {
        String in = String.join("\n", line(30, "ok"),
                line(30, "ok").replace("\"creditScore\":640", "\"creditScore\":9000"), "{not json", line(44, "ok"));
        CliRun run = CliRun.of(in + "\n", TINY);
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals(2, run.out().lines().count(), "lines 1 and 4 answered: " + run.out());
        List<String> err = run.err().lines().toList();
        assertEquals(3, err.size(), run.err());
        assertTrue(err.get(0).contains("line 2") && err.get(0).contains("creditScore"), run.err());
        assertTrue(err.get(1).contains("line 3") && err.get(1).contains("not valid JSON"), run.err());
        assertTrue(err.get(2).contains("2 lines were not answered") && err.get(2).contains("2 answered"), run.err());
    }

    @Test
    void aMissingModelIsABadFile() {
        CliRun run = CliRun.of("", "predict", "--model", "no/such/model");
        assertEquals(ExitCode.BAD_FILE, run.exitCode());
        assertTrue(run.oneErrorLine(), run.err());
    }

    @Test
    void aCorpusOfBadLinesIsNamedLineByLineInPlainWords() throws Exception {
        String ok = line(30, "ok");
        List<String> corpus = List.of("{", ok.substring(0, ok.length() / 2), ok.substring(0, ok.length() - 1),
                "null", "[]", "[" + ok + "]", "42", "\"text\"", "{'loanAmount': 1}", "{loanAmount: 1}",
                "{\"loanAmount\": 1,}", "{\"loanAmount\": lots}", "{\"loanAmount\": NaN}", "{\"loanAmount\": 01}",
                "{}", ok.replace("\"termMonths\":360,", ""), ok.replace("\"loanAmount\":250000.0,", ""),
                ok.replace("\"termMonths\":360", "\"termMonths\":\"thirty years\""),
                ok.replace("\"creditScore\":640", "\"creditScore\":640.5"),
                ok.replace("\"creditScore\":640", "\"creditScore\":[640]"),
                ok.replace("\"creditScore\":640", "\"creditScore\":99999999999999999999999"),
                ok.replace("\"dtiPercent\":30.0", "\"dtiPercent\":1e400"),
                ok.replace("\"purpose\":\"PURCHASE\"", "\"purpose\":\"purchase\""),
                ok.replace("\"occupancy\":\"PRINCIPAL_RESIDENCE\"", "\"occupancy\":\"CASTLE\""),
                ok.replace("\"product\":\"FHA\"", "\"product\":3"),
                ok.replace("{", "{\"colour\":\"red\","), ok.replace("{", "{\"loan_amount\":1,"),
                "{\"applicationId\": 7}", "{\"applicationId\": \"7\"}", "{\"loanAmount\": \"350k\"}",
                "{\"loanAmount\": " + "9".repeat(2000) + "}");
        assertTrue(corpus.size() >= 30, "corpus size " + corpus.size());
        CliRun run = CliRun.of(String.join("\n", corpus) + "\n", TINY);
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.err());
        assertEquals("", run.out().strip(), "no bad line is answered");
        List<String> err = run.err().lines().toList();
        assertEquals(corpus.size() + 1, err.size(), run.err());
        for (int i = 0; i < corpus.size(); i++) {
            assertTrue(err.get(i).contains("line " + (i + 1)), err.get(i));
            assertTrue(!LEAK.matcher(err.get(i)).find(), err.get(i));
        }
        assertTrue(run.err().contains("termMonths is required") || run.err().contains("termMonths: is required"),
                run.err());
    }
}
