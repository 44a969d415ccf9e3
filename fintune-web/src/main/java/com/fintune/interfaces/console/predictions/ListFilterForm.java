package com.fintune.interfaces.console.predictions;

import com.fintune.assessment.application.PredictionFilter;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The list's filters as the page binds them (dates are whole days in UTC, "to" inclusive, as the API reads a date),
 * and as query parameters for the CSV export, which reads them back with {@link #fromParameters}.
 */
public class ListFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;
    private String decision;
    private String reason;
    private String modelVersion;
    private String submittedBy;
    private String finalDecision;

    public PredictionFilter filter() {
        Instant start = from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (start != null && end != null && end.isBefore(start)) {
            end = start;
        }
        return new PredictionFilter(start, end, decision, reason, modelVersion, submittedBy, finalDecision);
    }

    /** The filters as a query string ("from=2024-05-01&decision=DENY"), empty ones left out. */
    public String query() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("from", from == null ? null : from.toString());
        p.put("to", to == null ? null : to.toString());
        p.put("decision", decision);
        p.put("reason", reason);
        p.put("modelVersion", modelVersion);
        p.put("submittedBy", submittedBy);
        p.put("finalDecision", finalDecision);
        return p.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The form a query string made; an unreadable date is ignored. */
    public static ListFilterForm fromParameters(Function<String, String> parameter) {
        ListFilterForm form = new ListFilterForm();
        form.from = date(parameter.apply("from"));
        form.to = date(parameter.apply("to"));
        form.decision = parameter.apply("decision");
        form.reason = parameter.apply("reason");
        form.modelVersion = parameter.apply("modelVersion");
        form.submittedBy = parameter.apply("submittedBy");
        form.finalDecision = parameter.apply("finalDecision");
        return form;
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getModelVersion() { return modelVersion; }
    public void setModelVersion(String modelVersion) { this.modelVersion = modelVersion; }
    public String getSubmittedBy() { return submittedBy; }
    public void setSubmittedBy(String submittedBy) { this.submittedBy = submittedBy; }
    public String getFinalDecision() { return finalDecision; }
    public void setFinalDecision(String finalDecision) { this.finalDecision = finalDecision; }
}
