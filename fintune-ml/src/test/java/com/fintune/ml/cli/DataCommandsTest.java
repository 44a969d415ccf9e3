package com.fintune.ml.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fintune.ml.data.ApplicationFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandsTest {

    @TempDir
    Path dir;

    private static final Path SAMPLE = Path.of(System.getProperty("fintune.fixtures"), "hmda",
            "clean_file_5k_rows_Bank0_syntax_validity.txt");

    @Test
    void generateWritesTheRequestedFileDeterministically() throws Exception {
        Path csv = dir.resolve("apps.csv");
        Path jsonl = dir.resolve("apps.jsonl");
        CliRun a = CliRun.of("", "generate", "--count", "300", "--seed", "5", "--out", csv.toString());
        CliRun b = CliRun.of("", "generate", "--count", "300", "--seed", "5", "--out", jsonl.toString());
        assertEquals(0, a.exitCode(), a.err());
        assertTrue(a.out().contains("wrote 300 applications"), a.out());
        assertTrue(a.out().contains("macro-F1 ceiling"), a.out());
        assertEquals(new ApplicationFiles().read(csv), new ApplicationFiles().read(jsonl));
        assertEquals(300, new ApplicationFiles().read(csv).size());
    }

    @Test
    void generateRejectsBadOptionsWithOneLine() {
        CliRun r = CliRun.of("", "generate", "--count", "10", "--out", dir.resolve("x.csv").toString(),
                "--disparity", "martians:0.2");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.oneErrorLine(), r.err());
        assertTrue(r.err().contains("unknown demographic group 'MARTIANS'"), r.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void importLarPrintsTheSummaryAndWritesJsonLines() throws Exception {
        Path out = dir.resolve("lar.jsonl");
        CliRun r = CliRun.of("", "import-lar", SAMPLE.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("records: 5000"), r.out());
        assertTrue(r.out().contains("action taken: 1=500 2=450 3=500 4=850 5=800 6=1900"), r.out());
        List<String> written = Files.readAllLines(out);
        assertEquals(5000, written.size());
        var first = com.fintune.ml.data.ApplicationFiles.json().readTree(written.get(0));
        assertEquals("B90YWS6AFX2LGWOXJ1LD7NL4FVA5K2MY7DBLNP243LX81", first.get("uli").asText());
        assertEquals(5, first.get("actionTaken").asInt());
        assertEquals("REFER", first.get("outcome").asText());
        assertEquals("2018-06-13", first.get("applicationDate").asText());
        assertTrue(first.get("application").has("loanAmount"));
    }

    @Test
    void importLarReportsEveryProblemAndWritesNothing() throws Exception {
        List<String> lines = Files.readAllLines(SAMPLE);
        lines.set(2, lines.get(2).replaceFirst("^2\\|B90YWS6AFX2LGWOXJ1LD\\|", "2|SHORTLEI|"));
        lines.set(7, "2|too|few");
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, lines);
        Path out = dir.resolve("never.jsonl");
        CliRun r = CliRun.of("", "import-lar", bad.toString(), "--out", out.toString());
        assertEquals(ExitCode.BAD_FILE, r.exitCode());
        List<String> err = r.err().strip().lines().toList();
        assertEquals("line 3: Legal Entity Identifier (LEI) (field 2): must be 20 letters or digits", err.get(0));
        assertEquals("line 8: record: has 3 fields, a LAR record has 110", err.get(1));
        assertTrue(err.get(2).endsWith("2 problem(s), nothing imported"), err.get(2));
        assertFalse(Files.exists(out));
        assertEquals(ExitCode.BAD_FILE, CliRun.of("", "import-lar", dir.resolve("missing.txt").toString()).exitCode());
    }

    @Test
    void generatedDecisionsExportAsALarThatImportsBack() throws Exception {
        Path apps = dir.resolve("apps.jsonl");
        Path lar = dir.resolve("lar.txt");
        assertEquals(0, CliRun.of("", "generate", "--count", "200", "--out", apps.toString()).exitCode());
        CliRun export = CliRun.of("", "export-lar", "--in", apps.toString(), "--out", lar.toString(),
                "--lei", "549300FINTUNE0DEMO01");
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.out().startsWith("wrote 200 LAR records"), export.out());
        CliRun back = CliRun.of("", "import-lar", lar.toString());
        assertEquals(0, back.exitCode(), back.err());
        assertTrue(back.out().contains("records: 200"), back.out());
        CliRun badLei = CliRun.of("", "export-lar", "--in", apps.toString(), "--out", lar.toString(), "--lei", "X");
        assertEquals(ExitCode.USAGE, badLei.exitCode());
        assertTrue(badLei.oneErrorLine(), badLei.err());
    }

    @Test
    void noiseCeilingPrintsEveryCategory() {
        CliRun r = CliRun.of("", "noise-ceiling", "--count", "2000");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("MORTGAGE_INSURANCE"), r.out());
        assertTrue(r.out().matches("(?s).*macro-F1 ceiling 0\\.9\\d+.*"), r.out());
        CliRun clean = CliRun.of("", "noise-ceiling", "--count", "500", "--noise", "0");
        assertTrue(clean.out().contains("macro-F1 ceiling 1.0000"), clean.out());
    }
}
