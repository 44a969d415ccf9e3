package com.fintune.ml.data.lar;

import com.fintune.ml.data.CsvFormat;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a HMDA LAR: the pipe-delimited filing format (a transmittal line starting "1|", then LAR lines starting
 * "2|") or the public LAR CSV (a header row of column names). All-or-nothing: every bad row is reported with its
 * line number, field and reason, and nothing is returned if there is any.
 */
public final class LarReader {

    /** Told after each record: how many records were read, of how many in the file. */
    @FunctionalInterface
    public interface Progress {
        void read(int done, int total);
    }

    private final LarRecordMapper mapper = new LarRecordMapper();
    private final Progress progress;

    public LarReader() {
        this((done, total) -> { });
    }

    public LarReader(Progress progress) {
        this.progress = progress;
    }

    public LarImport read(Path file) throws IOException, LarImportException {
        return read(Files.readString(file, StandardCharsets.UTF_8));
    }

    public LarImport read(String content) throws IOException, LarImportException {
        String body = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (body.startsWith("1|")) {
            return readFiling(body);
        }
        return readPublicCsv(new StringReader(body));
    }

    private LarImport readFiling(String body) throws LarImportException {
        List<LarProblem> problems = new ArrayList<>();
        String[] lines = body.split("\r?\n", -1);
        String[] ts = lines[0].split("\\|", -1);
        Transmittal transmittal = FilingLines.transmittal(ts, problems);
        List<LarApplication> apps = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int lar = 0;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            lar++;
            progress.read(i, lines.length - 1);
            String[] fields = lines[i].split("\\|", -1);
            int lineNo = i + 1;
            if (fields.length != LarField.LAR_FIELDS || !fields[0].equals("2")) {
                problems.add(new LarProblem(lineNo, "record", fields[0].equals("2")
                        ? "has " + fields.length + " fields, a LAR record has " + LarField.LAR_FIELDS
                        : "must start with record identifier 2, found '" + fields[0] + "'"));
                continue;
            }
            LarApplication a = mapper.map(FilingLines.row(lineNo, fields), "", problems);
            if (a != null) {
                if (transmittal != null && !a.lei().equals(transmittal.lei())) {
                    problems.add(new LarProblem(lineNo, LarField.LEI.label(), "differs from the transmittal LEI"));
                }
                accept(a, lineNo, seen, apps, problems);
            }
        }
        if (transmittal != null && transmittal.totalLines() != lar) {
            problems.add(new LarProblem(1, "Total Number of Entries Contained in Submission (field 13)",
                    "says " + transmittal.totalLines() + " but the file has " + lar + " LAR records"));
        }
        return result(transmittal, apps, problems);
    }

    private LarImport readPublicCsv(Reader in) throws IOException, LarImportException {
        List<CsvFormat.Row> rows = CsvFormat.parse(in);
        List<LarProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            throw new LarImportException(List.of(new LarProblem(1, "file", "is empty")));
        }
        PublicCsvLayout layout = PublicCsvLayout.of(rows.get(0), problems);
        List<LarApplication> apps = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        if (layout != null) {
            int done = 0;
            for (CsvFormat.Row row : rows.subList(1, rows.size())) {
                progress.read(++done, rows.size() - 1);
                if (row.fields().size() != layout.width()) {
                    problems.add(new LarProblem(row.line(), "record", "has " + row.fields().size()
                            + " fields, the header has " + layout.width()));
                    continue;
                }
                String key = layout.rowKey(row);
                int n = occurrences.merge(key, 1, Integer::sum);
                LarApplication a = mapper.map(layout.row(row), PublicCsvLayout.stableId(key, n), problems);
                if (a != null) {
                    accept(a, row.line(), seen, apps, problems);
                }
            }
        }
        return result(null, apps, problems);
    }

    private static void accept(LarApplication a, int line, Map<String, Integer> seen, List<LarApplication> apps,
                               List<LarProblem> problems) {
        Integer first = seen.putIfAbsent(a.uli().toUpperCase(java.util.Locale.ROOT), line);
        if (first != null) {
            problems.add(new LarProblem(line, LarField.ULI.label(), "repeats the ULI of line " + first));
        } else {
            apps.add(a);
        }
    }

    private static LarImport result(Transmittal ts, List<LarApplication> apps, List<LarProblem> problems)
            throws LarImportException {
        if (!problems.isEmpty()) {
            throw new LarImportException(problems);
        }
        return new LarImport(ts, apps);
    }
}
