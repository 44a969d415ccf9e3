package com.fintune.interfaces.console.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fintune.interfaces.console.Labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An explanation (the JSON of {@code GET /predictions/{id}/explanation}, docs/api.md) as rows for the page: the
 * risk score's Shapley waterfall by feature group, the principal reasons by contribution, the notes' sentences
 * with their effect, and the counterfactuals. Reads, never recomputes: every figure is the service's.
 */
public record ExplanationView(double base, double value, List<WaterfallStep> waterfall,
                              List<ReasonContribution> reasons, List<Sentence> sentences,
                              List<CounterfactualRow> counterfactuals, String counterfactualNote, double elapsedMillis) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One group's contribution drawn from the running total {@code from} to {@code to} (risk points, 0–100). */
    public record WaterfallStep(String label, double contribution, double from, double to) {
        public double getLeftPercent() { return clamp(Math.min(from, to)); }
        public double getWidthPercent() { return Math.max(0.4, clamp(Math.max(from, to)) - getLeftPercent()); }
        public boolean isRaises() { return contribution >= 0; }
        public String getSigned() { return String.format(Locale.US, "%+.1f", contribution); }
    }

    /** A principal reason with its whole Shapley effect on its probability. */
    public record ReasonContribution(int rank, String displayName, double probability, double contribution,
                                     int hmdaCode, String noticeText) {
    }

    /** A sentence of the notes; {@code attribution}: risk points with it minus without it. */
    public record Sentence(String text, double attribution) {
        /** Red where the sentence raises the risk, green where it lowers it; stronger with a larger effect. */
        public String getStyle() {
            double strength = Math.min(1.0, Math.abs(attribution) / 5.0);
            String rgb = attribution >= 0 ? "220, 38, 38" : "22, 163, 74";
            return String.format(Locale.US, "background-color: rgba(%s, %.2f)", rgb, 0.08 + 0.5 * strength);
        }
        public String getTitle() {
            return String.format(Locale.US, "%s the risk score by %.2f points", attribution >= 0 ? "raises" : "lowers",
                    Math.abs(attribution));
        }
    }

    /** One change set the model and policy approve, cheapest first. */
    public record CounterfactualRow(String action, List<String> changes, double riskScore, String cost) {
    }

    public static ExplanationView of(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> labels = new HashMap<>();
        for (JsonNode g : root.path("reference").path("groups")) {
            labels.put(g.path("group").asText(), g.path("label").asText());
        }
        JsonNode risk = root.path("risk");
        double base = risk.path("base").asDouble();
        List<JsonNode> contributions = new ArrayList<>();
        risk.path("contributions").forEach(contributions::add);
        contributions.sort(Comparator.comparingDouble((JsonNode c) -> -Math.abs(c.path("value").asDouble())));
        List<WaterfallStep> steps = new ArrayList<>();
        double running = base;
        for (JsonNode c : contributions) {
            double v = c.path("value").asDouble();
            String group = c.path("group").asText();
            steps.add(new WaterfallStep(labels.getOrDefault(group, Labels.words(group)), v, running, running + v));
            running += v;
        }
        List<ReasonContribution> reasons = new ArrayList<>();
        for (JsonNode r : root.path("principalReasons")) {
            reasons.add(new ReasonContribution(r.path("rank").asInt(), r.path("displayName").asText(),
                    r.path("probability").asDouble(), r.path("contribution").asDouble(), r.path("hmdaCode").asInt(),
                    r.path("noticeText").asText()));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode t : root.path("tokens")) {
            sentences.add(new Sentence(t.path("text").asText(), t.path("attribution").asDouble()));
        }
        JsonNode cf = root.path("counterfactuals");
        List<CounterfactualRow> rows = new ArrayList<>();
        for (JsonNode f : cf.path("found")) {
            List<String> changes = new ArrayList<>();
            for (JsonNode ch : f.path("changes")) {
                FormField field = ApplicationFormLayout.field(ch.path("field").asText());
                String name = field == null ? Labels.words(ch.path("field").asText()) : field.label();
                changes.add(name + ": " + show(ch.path("from")) + " → " + show(ch.path("to")));
            }
            rows.add(new CounterfactualRow(f.path("action").asText(), changes, f.path("riskScore").asDouble(),
                    String.format(Locale.US, "$%,.0f", f.path("cost").asDouble()) + " ("
                            + f.path("costMeasure").asText() + ")"));
        }
        String note = cf.path("note").isTextual() ? cf.path("note").asText() : null;
        return new ExplanationView(base, risk.path("value").asDouble(), steps, reasons, sentences, rows, note,
                root.path("check").path("elapsedMillis").asDouble());
    }

    /** The base rate's position on the 0–100 scale. */
    public double getBasePercent() {
        return clamp(base);
    }

    public double getValuePercent() {
        return clamp(value);
    }

    private static String show(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "none";
        }
        if (v.isNumber()) {
            return String.format(Locale.US, v.asDouble() == Math.rint(v.asDouble()) ? "%,.0f" : "%,.2f", v.asDouble());
        }
        return Labels.words(v.asText());
    }

    static double clamp(double risk) {
        return Math.max(0, Math.min(100, risk));
    }
}
