package com.fintune.ml.explain.attribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.ml.taxonomy.ReasonCategory;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The explanation as JSON, the one form the REST API, the console and {@code fintune explain} give:
 * {@code reference} (the reference applicant, group by group), {@code risk} and {@code reasons} (base, value and
 * one contribution per group), {@code principalReasons} (the answer's reasons ordered by contribution, with their
 * Regulation B and HMDA wording), {@code keyFactors}, {@code tokens} (the notes' sentences with character offsets),
 * and {@code check} (how exactly the contributions add up, and what it cost).
 */
public final class AttributionJson {

    public static final String METHOD = "Exact Shapley values over " + FeatureGroup.COUNT + " feature groups ("
            + (1 << FeatureGroup.COUNT) + " coalitions scored by the served model), each group absent = set to the "
            + "reference applicant's values; notes by sentence occlusion.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AttributionJson() {
    }

    /**
     * @param reported the reasons the answer gave (its order); {@code principalReasons} lists them by contribution
     */
    public static String write(AttributionReport r, String modelVersion, List<ReasonCategory> reported) {
        try {
            return JSON.writeValueAsString(tree(r, modelVersion, reported));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same as a tree, for a caller that adds to it. */
    public static ObjectNode tree(AttributionReport r, String modelVersion, List<ReasonCategory> reported) {
        ObjectNode root = JSON.createObjectNode();
        root.put("modelVersion", modelVersion);
        root.put("method", METHOD);
        ObjectNode reference = root.putObject("reference");
        reference.put("description", "A clean, conventionally approvable applicant for the same request: income at "
                + "a 25% housing ratio, DTI 30%, score 740, no derogatory credit, LTV 75%, 12 months of reserves, "
                + "6 years salaried, everything verified, a principal residence, no notes.");
        ArrayNode groups = reference.putArray("groups");
        for (FeatureGroup g : FeatureGroup.values()) {
            ObjectNode node = groups.addObject().put("group", g.name()).put("label", g.label());
            node.set("values", JSON.valueToTree(g.values(r.reference())));
        }
        root.set("risk", attribution(r.risk()));
        ObjectNode reasons = root.putObject("reasons");
        for (ReasonCategory c : ReasonCategory.values()) {
            reasons.set(c.name(), attribution(r.reasons().get(c)));
        }
        ArrayNode principal = root.putArray("principalReasons");
        int rank = 1;
        for (ReasonCategory c : r.byContribution(reported)) {
            principal.addObject().put("rank", rank++).put("name", c.name()).put("code", c.code())
                    .put("displayName", c.displayName()).put("contribution", round(r.reasons().get(c).total(), 6))
                    .put("probability", round(r.reasons().get(c).value(), 6)).put("hmdaCode", c.hmdaCode())
                    .put("noticeText", c.noticeText());
        }
        ArrayNode factors = root.putArray("keyFactors");
        for (FeatureGroup g : r.keyRiskFactors(4)) {
            factors.addObject().put("group", g.name()).put("label", g.label()).put("value", round(r.risk().of(g), 4));
        }
        ArrayNode tokens = root.putArray("tokens");
        for (NoteSpan s : r.notes()) {
            ObjectNode t = tokens.addObject().put("text", s.text()).put("start", s.start()).put("end", s.end())
                    .put("attribution", round(s.riskEffect(), 4));
            ObjectNode effects = t.putObject("reasons");
            s.reasonEffects().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> effects.put(e.getKey().name(), round(e.getValue(), 4)));
        }
        root.putObject("check").put("coalitions", r.coalitions()).put("modelInputs", r.modelInputs())
                .put("largestResidual", r.largestResidual()).put("elapsedMillis", round(r.elapsedMillis(), 1))
                .put("tokenMethod", "sentence occlusion: risk with the sentence minus risk without it");
        return root;
    }

    /** Base and value exactly as the model gave them; contributions unrounded, so that they add up. */
    private static ObjectNode attribution(Attribution a) {
        ObjectNode node = JSON.createObjectNode().put("base", a.base()).put("value", a.value());
        ArrayNode list = node.putArray("contributions");
        for (Contribution c : a.contributions()) {
            list.addObject().put("group", c.group().name()).put("value", c.value());
        }
        return node;
    }

    private static double round(double v, int places) {
        double scale = Math.pow(10, places);
        return Math.round(v * scale) / scale;
    }
}
