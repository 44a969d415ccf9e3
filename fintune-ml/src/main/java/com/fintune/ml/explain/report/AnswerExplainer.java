package com.fintune.ml.explain.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.explain.attribution.AttributionJson;
import com.fintune.ml.explain.attribution.AttributionReport;
import com.fintune.ml.explain.attribution.GroupAttributor;
import com.fintune.ml.explain.counterfactual.CounterfactualResult;
import com.fintune.ml.explain.counterfactual.CounterfactualSearch;
import com.fintune.ml.explain.counterfactual.RuleFigureCheck;
import com.fintune.ml.explain.counterfactual.SearchBudget;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.ml.serving.PredictionPipeline;
import com.fintune.ml.serving.ScoringModel;
import com.fintune.ml.serving.TokenAttention;
import com.fintune.ml.underwriting.ProductOffer;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * Explains one answer with the model that gave it: attributions ({@link GroupAttributor}), and for a DENY or REFER
 * the counterfactual changes the model and policy approve ({@link CounterfactualSearch}) with each rule-based
 * remediation figure confirmed or replaced by the model's ({@link RuleFigureCheck}), and the first token's attention
 * over the text the model read. The one path behind
 * GET /predictions/{id}/explanation, SOAP explain and {@code fintune explain}. Thread-safe when the model is.
 */
public final class AnswerExplainer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GroupAttributor attributor;
    private final CounterfactualSearch counterfactuals;
    private final SearchBudget budget;
    private final ScoringModel model;
    private final FeaturePipeline features = new FeaturePipeline();

    public AnswerExplainer(PredictionPipeline pipeline, ScoringModel model, List<ProductOffer> offered) {
        this.attributor = new GroupAttributor(features, model);
        this.model = model;
        this.budget = SearchBudget.defaults();
        this.counterfactuals = new CounterfactualSearch(pipeline, model, offered, budget);
    }

    /** The explanation's JSON for {@code application}, which the model answered with {@code answer}. */
    public String explain(LoanApplication application, PredictionAnswer answer, String modelVersion) {
        AttributionReport report = attributor.explain(application);
        ObjectNode root = AttributionJson.tree(report, modelVersion, answer.reasonCategories());
        long start = System.nanoTime();
        CounterfactualResult found = counterfactuals.search(application, answer);
        ObjectNode cf = root.putObject("counterfactuals");
        cf.set("found", JSON.valueToTree(found.counterfactuals()));
        cf.put("note", found.reason());
        cf.put("candidatesScored", found.candidatesScored()).put("maxCandidates", found.maxCandidates());
        cf.set("leversTried", JSON.valueToTree(found.leversTried().stream().sorted().toList()));
        cf.put("elapsedMillis", Math.round((System.nanoTime() - start) / 1e5) / 10.0);
        root.set("ruleFigures", JSON.valueToTree(
                RuleFigureCheck.checkAnswer(answer.recommendations(), found, budget.loanStep())));
        TokenAttention attention = model.firstTokenAttention(features.extract(application));
        if (attention != null) {
            root.set("attention", AttentionJson.node(JSON, attention));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
