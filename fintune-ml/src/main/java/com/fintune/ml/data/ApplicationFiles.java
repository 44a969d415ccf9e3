package com.fintune.ml.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes labelled applications as JSON Lines (one {@link LabeledApplication} per line) or CSV (one flat
 * row per application, see {@link CsvApplicationCodec}). Reading is all-or-nothing: every problem is reported with
 * its line number and nothing is returned if any exists. Writing goes to a temporary file that is moved into place,
 * so a failed write never leaves a half-written file.
 */
public final class ApplicationFiles {

    public enum Format { JSONL, CSV }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ApplicationValidator validator = new ApplicationValidator();

    /** The JSON mapper used for applications (configured once, thread-safe, never reconfigured). */
    public static ObjectMapper json() {
        return JSON;
    }

    /** Format from the file name: ".csv" is CSV, anything else JSON Lines. */
    public static Format formatOf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? Format.CSV : Format.JSONL;
    }

    public void write(Path file, List<LabeledApplication> apps, Format format) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            if (format == Format.CSV) {
                w.write(CsvFormat.formatRow(CsvApplicationCodec.HEADER));
                w.write('\n');
                for (LabeledApplication a : apps) {
                    w.write(CsvFormat.formatRow(CsvApplicationCodec.toRow(a)));
                    w.write('\n');
                }
            } else {
                for (LabeledApplication a : apps) {
                    w.write(JSON.writeValueAsString(a));
                    w.write('\n');
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public List<LabeledApplication> read(Path file) throws IOException, ApplicationFileException {
        return formatOf(file) == Format.CSV ? readCsv(file) : readJsonl(file);
    }

    public List<LabeledApplication> readJsonl(Path file) throws IOException, ApplicationFileException {
        List<LabeledApplication> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                accept(JSON.readValue(line, LabeledApplication.class), i + 1, out, problems);
            } catch (JsonProcessingException e) {
                problems.add("line " + (i + 1) + ": " + rootMessage(e));
            }
        }
        return result(out, problems);
    }

    public List<LabeledApplication> readCsv(Path file) throws IOException, ApplicationFileException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CsvFormat.Row> rows = CsvFormat.parse(r);
            if (rows.isEmpty()) {
                return List.of();
            }
            CsvApplicationCodec codec = CsvApplicationCodec.forHeader(rows.get(0));
            List<LabeledApplication> out = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (CsvFormat.Row row : rows.subList(1, rows.size())) {
                try {
                    accept(codec.fromRow(row), row.line(), out, problems);
                } catch (IllegalArgumentException e) {
                    problems.add("line " + row.line() + ": " + rootMessage(e));
                }
            }
            return result(out, problems);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void accept(LabeledApplication a, int line, List<LabeledApplication> out, List<String> problems) {
        List<FieldError> errors = validator.check(a.application());
        if (errors.isEmpty()) {
            out.add(a);
        } else {
            errors.forEach(e -> problems.add("line " + line + ": " + e));
        }
    }

    private static List<LabeledApplication> result(List<LabeledApplication> out, List<String> problems)
            throws ApplicationFileException {
        if (!problems.isEmpty()) {
            throw new ApplicationFileException(problems);
        }
        return out;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t instanceof JsonProcessingException j ? j.getOriginalMessage() : t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.replace('\n', ' ');
    }
}
