package com.fintune.ml.serving;

import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationJsonTest {

    private final ApplicationJson json = new ApplicationJson();

    private static String sample() throws Exception {
        return ApplicationFiles.json().writeValueAsString(SampleApplications.stretched());
    }

    private List<FieldError> errorsOf(String body) {
        return assertThrows(ValidationException.class, () -> json.read(body)).errors();
    }

    @Test
    void readsAnApplicationOrAStoredId() throws Exception {
        ApplicationJson.Request r = json.read(sample());
        assertEquals(SampleApplications.stretched(), r.application());
        assertNull(r.applicationId());
        assertEquals(42L, json.read("{\"applicationId\": 42}").applicationId());
    }

    @Test
    void namesTheFieldOfEveryMistake() throws Exception {
        assertEquals("body", errorsOf("{\"loanAmount\": ").get(0).field());
        assertEquals("body", errorsOf("[1,2]").get(0).field());
        FieldError type = errorsOf(sample().replace("\"creditScore\":700", "\"creditScore\":\"high\"")).get(0);
        assertEquals("creditScore", type.field());
        assertTrue(type.message().contains("whole number"), type.message());
        FieldError en = errorsOf(sample().replace("\"occupancy\":\"PRINCIPAL_RESIDENCE\"", "\"occupancy\":\"CASTLE\""))
                .get(0);
        assertEquals("occupancy", en.field());
        assertTrue(en.message().contains("INVESTMENT"), en.message());
        assertEquals("colour", errorsOf(sample().replace("{", "{\"colour\":\"red\",")).get(0).field());
        List<FieldError> range = errorsOf(sample().replace("\"dtiPercent\":47.2", "\"dtiPercent\":470.0")
                .replace("\"creditScore\":700", "\"creditScore\":10"));
        assertEquals(List.of("creditScore", "dtiPercent"), range.stream().map(FieldError::field).toList());
        assertEquals("applicationId", errorsOf("{\"applicationId\": -1}").get(0).field());
        String notes = "\"underwriterNotes\":\"" + "n".repeat(4001) + "\"";
        assertEquals("underwriterNotes", errorsOf(sample().replaceAll("\"underwriterNotes\":\"[^\"]*\"", notes))
                .get(0).field());
    }

    @Test
    void prefixesFieldsWithTheirPlaceInABatch() throws Exception {
        var node = ApplicationFiles.json().readTree(sample().replace("\"creditScore\":700", "\"creditScore\":1000"));
        ValidationException e = assertThrows(ValidationException.class, () -> json.read(node, "applications[3]."));
        assertEquals("applications[3].creditScore", e.errors().get(0).field());
    }

    /** What no message may contain: a class name, a library's name or code, an exception, a stack frame. */
    static final java.util.regex.Pattern LEAK = java.util.regex.Pattern.compile(
            "[a-z]+\\.[a-z]+\\.[A-Z]\\w+|RESTEASY|Jackson|com\\.fasterxml|Exception|\\bat [a-z]+\\.|REDACTED|Feature");

    private static void assertPlain(String body, List<FieldError> errors) {
        assertTrue(!errors.isEmpty(), body);
        for (FieldError e : errors) {
            assertTrue(!LEAK.matcher(e.field() + " " + e.message()).find(), body + " -> " + e);
        }
    }

    @Test
    void truncatedJsonIsNamedWithLineAndColumnInPlainWords() {
        FieldError e = errorsOf("{\n  \"loanAmount\": 320000,\n  \"purpose\": \"PURCH").get(0);
        assertEquals("body", e.field());
        assertTrue(e.message().startsWith("is not valid JSON: it ends too early"), e.message());
        assertTrue(e.message().contains("line 3, column"), e.message());
        FieldError junk = errorsOf("{\"loanAmount\": abc}").get(0);
        assertTrue(junk.message().contains("unknown word 'abc'") && junk.message().contains("line 1, column"),
                junk.message());
        assertTrue(errorsOf("{\"a\":1} {\"b\":2}").get(0).message().contains("more text after"));
        assertTrue(errorsOf("{\"termMonths\":360,\"termMonths\":240}").get(0).message().contains("appears twice"));
        assertTrue(errorsOf("").get(0).message().startsWith("is empty"));
    }

    @Test
    void aMissingRequiredNumberIsRequiredNotZero() throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) ApplicationFiles.json().readTree(sample());
        node.remove("termMonths");
        node.remove("loanAmount");
        node.remove("purpose");
        List<FieldError> errors = errorsOf(node.toString());
        assertEquals(List.of(new FieldError("loanAmount", "is required"), new FieldError("purpose", "is required"),
                new FieldError("termMonths", "is required")), errors);
    }

    @Test
    void everyFieldErrorOfARequestThatParsesIsListedAtOnce() throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) ApplicationFiles.json().readTree(sample());
        node.remove("product");
        node.put("termMonths", "thirty years").put("occupancy", "CASTLE").put("creditScore", 9000)
                .put("incomeVerified", "yes").put("colour", "red").put("loan_amount", 1);
        List<FieldError> errors = errorsOf(node.toString());
        assertEquals(List.of("product", "termMonths", "occupancy", "creditScore", "incomeVerified", "colour",
                "loan_amount"), errors.stream().map(FieldError::field).toList(), errors.toString());
        assertEquals("is required", errors.get(0).message());
        assertEquals("must be a whole number, not text (\"thirty years\")", errors.get(1).message());
        assertEquals("must be one of PRINCIPAL_RESIDENCE, SECOND_HOME, INVESTMENT (was \"CASTLE\")",
                errors.get(2).message());
        assertEquals("must be between 300 and 850, was 9000", errors.get(3).message());
        assertEquals("must be true or false, not text (\"yes\")", errors.get(4).message());
        assertEquals("is not a field of an application", errors.get(5).message());
        assertEquals("is not a field of an application (did you mean loanAmount?)", errors.get(6).message());
    }

    @Test
    void aCorpusOfBadBodiesGetsPlainFieldErrorsOnly() throws Exception {
        String ok = sample();
        List<String> corpus = List.of("", "   ", "null", "[]", "[" + ok + "]", "42", "\"text\"", "true", "{",
                ok.substring(0, ok.length() / 2), ok.substring(0, ok.length() - 1), "{\"loanAmount\": }",
                "{'loanAmount': 1}", "{loanAmount: 1}", "{\"loanAmount\": 1,}", "{\"loanAmount\": 01}",
                "{\"loanAmount\": NaN}", "{\"a\":\"\\q\"}", "{\"a\":\"line\nbreak\"}", ok + "]", ok + ok,
                "{}", "{\"applicationId\": \"7\"}", "{\"applicationId\": 0}", "{\"applicationId\": 1.5}",
                "{\"applicationId\": 3, \"loanAmount\": 1}",
                ok.replace("\"loanAmount\":", "\"loanAmount\":1e400,\"x\":"),
                ok.replace("\"creditScore\":700", "\"creditScore\":99999999999999999999999"),
                ok.replace("\"creditScore\":700", "\"creditScore\":700.5"),
                ok.replace("\"creditScore\":700", "\"creditScore\":[700]"),
                ok.replace("\"creditScore\":700", "\"creditScore\":{\"value\":700}"),
                ok.replace("\"purpose\":\"PURCHASE\"", "\"purpose\":\"purchase\""),
                ok.replace("\"purpose\":\"PURCHASE\"", "\"purpose\":3"),
                ok.replace("\"purpose\":\"PURCHASE\"", "\"purpose\":null"),
                ok.replace("\"state\":\"OH\"", "\"state\":44"),
                ok.replace("\"priorBankruptcy\":false", "\"priorBankruptcy\":\"false\""),
                ok.replace("{", "{\"@class\":1,"),
                "{\"loanAmount\": \"" + "9".repeat(2000) + "\"}",
                "{\"loanAmount\": " + "9".repeat(2000) + "}",
                "[".repeat(3000) + "]".repeat(3000));
        assertTrue(corpus.size() >= 30);
        for (String body : corpus) {
            assertPlain(body.length() > 200 ? body.substring(0, 200) : body,
                    assertThrows(ValidationException.class, () -> json.read(body), body).errors());
        }
    }

    @Test
    void deepNestingIsRefusedInPlainWords() {
        String deep = "{\"loanAmount\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        List<FieldError> errors = errorsOf(deep);
        assertEquals("body", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("nested more than 64 deep"), errors.get(0).message());
        assertPlain(deep, errors);
        // 64 deep is still read (and then refused as the wrong type, not as too deep)
        String ok = "{\"loanAmount\":" + "[".repeat(63) + "]".repeat(63) + "}";
        assertEquals("loanAmount", errorsOf(ok).get(0).field());
    }

    @Test
    void overlongTextAndDocumentAreRefusedInPlainWords() throws Exception {
        String longText = "{\"underwriterNotes\":\"" + "n".repeat(70_000) + "\"}";
        List<FieldError> errors = errorsOf(longText);
        assertEquals("body", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("longer than"), errors.get(0).message());
        assertPlain("long text", errors);
        String longDoc = "{" + " ".repeat(70_000) + "\"b\":1}";
        errors = errorsOf(longDoc);
        assertEquals("body", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("longer than allowed"), errors.get(0).message());
        assertPlain("long document", errors);
        long start = System.nanoTime();
        errors = errorsOf("{\"underwriterNotes\":\"" + "x".repeat(20_000_000) + "\"}");
        assertTrue(errors.get(0).message().contains("longer than"), errors.get(0).message());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "a 20M-character string must be refused quickly");
    }

    private static String withNotes(String notes) throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) ApplicationFiles.json().readTree(sample());
        node.put("underwriterNotes", notes);
        return ApplicationFiles.json().writeValueAsString(node);
    }

    @Test
    void controlCharactersInTextAreRefusedButTabsAndLineBreaksAreKept() throws Exception {
        List<FieldError> errors = errorsOf(withNotes("\u0001".repeat(4000)));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("underwriterNotes", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("control characters")
                && errors.get(0).message().contains("4,000"), errors.get(0).message());
        assertPlain("control", errors);
        String fine = "line one\nline two\tand a tab\r";
        assertEquals(fine, json.read(withNotes(fine)).application().underwriterNotes());
        assertNull(ApplicationJson.controlCharacters("plain\ttext\n"));
        assertTrue(ApplicationJson.controlCharacters("a\u0000b").contains("at character 2"));
    }

    @Test
    void anApplicationWrittenOutReadsBackEqual() {
        LoanApplication a = SampleApplications.stretched("Two auto loans; \"new\" job.").toBuilder().county(null)
                .build();
        String written = ApplicationJson.write(a);
        assertFalse(written.contains("county"), written);
        assertEquals(a, json.read(written).application());
    }
}
