package com.fintune.ml.data.lar;

import com.fintune.ml.data.CsvFormat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public LAR CSV (FFIEC "Snapshot"/"Dynamic" national loan-level files), found by header names. The public file
 * has no ULI, dates or credit scores; each row gets a stable identifier from a hash of its content (plus the
 * occurrence number for identical rows), so importing the same file twice yields the same identifiers.
 */
final class PublicCsvLayout {

    private static final List<LarField> REQUIRED = List.of(LarField.LEI, LarField.LOAN_TYPE, LarField.LOAN_PURPOSE,
            LarField.CONSTRUCTION_METHOD, LarField.OCCUPANCY, LarField.LOAN_AMOUNT, LarField.ACTION_TAKEN,
            LarField.LIEN_STATUS, LarField.DENIAL_1);

    private final Map<LarField, Integer> columns;
    private final int width;

    private PublicCsvLayout(Map<LarField, Integer> columns, int width) {
        this.columns = columns;
        this.width = width;
    }

    static PublicCsvLayout of(CsvFormat.Row header, List<LarProblem> problems) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            byName.put(header.fields().get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        Map<LarField, Integer> columns = new HashMap<>();
        for (LarField f : LarField.values()) {
            if (f.publicColumn() != null && byName.containsKey(f.publicColumn())) {
                columns.put(f, byName.get(f.publicColumn()));
            }
        }
        for (LarField f : REQUIRED) {
            if (!columns.containsKey(f)) {
                problems.add(new LarProblem(header.line(), f.publicColumn(),
                        "column is missing (not a filing-format LAR starting '1|', nor a public LAR CSV header)"));
            }
        }
        return columns.keySet().containsAll(REQUIRED) ? new PublicCsvLayout(columns, header.fields().size()) : null;
    }

    int width() {
        return width;
    }

    String rowKey(CsvFormat.Row row) {
        return String.join("\u0001", row.fields());
    }

    LarRow row(CsvFormat.Row row) {
        return new LarRow() {
            @Override
            public int line() {
                return row.line();
            }

            @Override
            public String get(LarField field) {
                Integer i = columns.get(field);
                return i == null ? "" : row.fields().get(i).trim();
            }

            @Override
            public boolean carries(LarField field) {
                return columns.containsKey(field);
            }
        };
    }

    /** "P" + 30 hex digits of SHA-256 over the row, plus "N{n}" for the n-th identical row (n > 1). */
    static String stableId(String rowKey, int occurrence) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(rowKey.getBytes(StandardCharsets.UTF_8));
            String id = "P" + HexFormat.of().withUpperCase().formatHex(h).substring(0, 30);
            return occurrence > 1 ? id + "N" + occurrence : id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
