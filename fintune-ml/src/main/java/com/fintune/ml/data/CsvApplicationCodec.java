package com.fintune.ml.data;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fintune.ml.taxonomy.HmdaActionTaken;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flat CSV layout of a {@link LabeledApplication}: id, one column per {@link LoanApplication} component (same
 * names as in JSON), then reasons (names joined by ';'), riskTarget, outcome, actionTaken (HMDA code) and the four
 * demographic columns. Columns may come in any order; empty cells are "not reported".
 */
final class CsvApplicationCodec {

    static final List<String> APPLICATION_COLUMNS = applicationColumns();
    static final List<String> HEADER = header();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final Map<String, Integer> index;

    private CsvApplicationCodec(Map<String, Integer> index) {
        this.index = index;
    }

    static CsvApplicationCodec forHeader(CsvFormat.Row header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).trim();
            if (!HEADER.contains(name)) {
                throw new IllegalArgumentException("line 1: unknown column '" + name + "'");
            }
            index.put(name, i);
        }
        if (!index.containsKey("id")) {
            throw new IllegalArgumentException("line 1: column 'id' is missing");
        }
        return new CsvApplicationCodec(index);
    }

    static List<String> toRow(LabeledApplication a) {
        Map<String, Object> app = ApplicationFiles.json().convertValue(a.application(), MAP);
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(a.id());
        for (String c : APPLICATION_COLUMNS) {
            Object v = app.get(c);
            row.add(v == null ? "" : v.toString());
        }
        row.add(String.join(";", a.reasons().stream().map(Enum::name).toList()));
        row.add(Double.toString(a.riskTarget()));
        row.add(a.decision().outcome().name());
        row.add(a.decision().actionTaken() == null ? "" : Integer.toString(a.decision().actionTaken().code()));
        Demographics d = a.demographics();
        row.add(d.race().name());
        row.add(d.ethnicity().name());
        row.add(d.sex().name());
        row.add(d.ageBand().name());
        return row;
    }

    LabeledApplication fromRow(CsvFormat.Row row) {
        if (row.fields().size() != index.size()) {
            throw new IllegalArgumentException("expected " + index.size() + " fields, found " + row.fields().size());
        }
        Map<String, Object> app = new LinkedHashMap<>();
        for (String c : APPLICATION_COLUMNS) {
            String v = cell(row, c);
            if (!v.isEmpty()) {
                app.put(c, v);
            }
        }
        LoanApplication application = ApplicationFiles.json().convertValue(app, LoanApplication.class);
        Set<ReasonCategory> reasons = EnumSet.noneOf(ReasonCategory.class);
        for (String r : cell(row, "reasons").split(";")) {
            if (!r.isBlank()) {
                reasons.add(ReasonCategory.fromName(r));
            }
        }
        String risk = cell(row, "riskTarget");
        String outcome = cell(row, "outcome");
        String action = cell(row, "actionTaken");
        Decision decision = new Decision(
                outcome.isEmpty() ? (reasons.isEmpty() ? Decision.Outcome.APPROVE : Decision.Outcome.DENY)
                        : Decision.Outcome.valueOf(outcome),
                action.isEmpty() ? null : HmdaActionTaken.fromCode(Integer.parseInt(action)));
        Demographics demographics = new Demographics(
                enumCell(row, "race", Demographics.Race.class, Demographics.Race.NOT_PROVIDED),
                enumCell(row, "ethnicity", Demographics.Ethnicity.class, Demographics.Ethnicity.NOT_PROVIDED),
                enumCell(row, "sex", Demographics.Sex.class, Demographics.Sex.NOT_PROVIDED),
                enumCell(row, "ageBand", Demographics.AgeBand.class, Demographics.AgeBand.NOT_PROVIDED));
        return new LabeledApplication(cell(row, "id"), application, reasons,
                risk.isEmpty() ? 0 : Double.parseDouble(risk), decision, demographics);
    }

    private String cell(CsvFormat.Row row, String column) {
        Integer i = index.get(column);
        return i == null ? "" : row.fields().get(i).trim();
    }

    private <E extends Enum<E>> E enumCell(CsvFormat.Row row, String column, Class<E> type, E missing) {
        String v = cell(row, column);
        return v.isEmpty() ? missing : Enum.valueOf(type, v);
    }

    private static List<String> applicationColumns() {
        List<String> cols = new ArrayList<>();
        for (RecordComponent c : LoanApplication.class.getRecordComponents()) {
            cols.add(c.getName());
        }
        return List.copyOf(cols);
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>();
        h.add("id");
        h.addAll(APPLICATION_COLUMNS);
        h.addAll(List.of("reasons", "riskTarget", "outcome", "actionTaken", "race", "ethnicity", "sex", "ageBand"));
        return List.copyOf(h);
    }
}
