package com.fintune.ml.data;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: comma-separated, fields with commas, quotes or line breaks quoted, quotes doubled. */
public final class CsvFormat {

    private CsvFormat() {
    }

    public static String formatRow(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /** A parsed record and the (1-based) line it started on. */
    public record Row(int line, List<String> fields) {
    }

    /** Reads every record; quoted fields may span lines. */
    public static List<Row> parse(Reader source) throws IOException {
        Reader in = source.markSupported() ? source : new java.io.BufferedReader(source);
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int startLine = 1;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        in.reset();
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> { }
                case '\n' -> {
                    if (any || field.length() > 0) {
                        fields.add(field.toString());
                        rows.add(new Row(startLine, List.copyOf(fields)));
                    }
                    fields.clear();
                    field.setLength(0);
                    any = false;
                    line++;
                    startLine = line;
                }
                default -> {
                    field.append(ch);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new IOException("line " + startLine + ": unterminated quoted field");
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(startLine, List.copyOf(fields)));
        }
        return rows;
    }
}
