package com.fintune.ml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.ml.data.ApplicationFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fintune notice} over the shipped model: the README's DTI 52.4 % application is denied, a clean one is not. */
class NoticeCommandTest {

    static final String DENIED = "{\"loanAmount\":320000,\"purpose\":\"PURCHASE\",\"product\":\"CONVENTIONAL\","
            + "\"termMonths\":360,\"lienStatus\":\"FIRST\",\"occupancy\":\"PRINCIPAL_RESIDENCE\",\"propertyType\":"
            + "\"SINGLE_FAMILY\",\"propertyValue\":340000,\"annualIncome\":72000,\"creditScore\":655,\"dtiPercent\":52.4}";
    static final String CLEAN = "{\"loanAmount\":200000,\"purpose\":\"PURCHASE\",\"product\":\"CONVENTIONAL\","
            + "\"termMonths\":360,\"lienStatus\":\"FIRST\",\"occupancy\":\"PRINCIPAL_RESIDENCE\",\"propertyType\":"
            + "\"SINGLE_FAMILY\",\"propertyValue\":400000,\"annualIncome\":150000,\"creditScore\":790,\"dtiPercent\":22,"
            + "\"ltvPercent\":50,\"employmentStatus\":\"SALARIED\",\"yearsEmployed\":8,\"incomeVerified\":true,"
            + "\"employmentVerified\":true,\"assetsVerified\":true,\"liquidReserves\":60000,\"cashToClose\":200000,"
            + "\"collectionsCount\":0,\"latePayments24m\":0,\"creditHistoryMonths\":180,\"tradelines\":9}";

    @TempDir
    Path dir;

    @Test
    void writesOnePdfPerDenialAndSaysWhichLinesItSkipped() throws Exception {
        CliRun run = CliRun.of(DENIED + "\n" + CLEAN + "\n", "notice", "--out", dir.toString(), "--date", "2025-03-14",
                "--creditor-name", "Example Savings Bank");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertFalse(lines.isEmpty(), "the DTI 52.4 application is a DENY: " + run.err());
        JsonNode first = ApplicationFiles.json().readTree(lines.get(0));
        assertEquals(1, first.get("line").asInt());
        Path pdf = Path.of(first.get("file").asText());
        assertEquals(dir.resolve("line-1.pdf"), pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(NoticeCommand.sha256(bytes), first.get("sha256").asText());
        assertEquals("DTI", first.get("reasons").get(0).asText(), "DTI is the top reason");
        assertTrue(run.oneErrorLine(), run.err());
        assertTrue(run.err().contains((lines.size() == 1 ? "1 notice" : "2 notices") + " written"), run.err());
        assertTrue(run.err().contains((2 - lines.size()) + " not denied, skipped"), run.err());
    }

    @Test
    void aBadDateIsOneUsageLine() {
        CliRun run = CliRun.of("", "notice", "--out", dir.toString(), "--date", "14/03/2025");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.oneErrorLine(), run.err());
        assertTrue(run.err().contains("--date must be a date such as 2025-03-14"), run.err());
    }

    @Test
    void aBadLineStopsTheRunWithOneLine() {
        CliRun run = CliRun.of("{not json\n", "notice", "--out", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.oneErrorLine(), run.err());
        assertTrue(run.err().contains("line 1"), run.err());
    }
}
