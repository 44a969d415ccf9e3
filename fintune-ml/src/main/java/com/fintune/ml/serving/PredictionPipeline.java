package com.fintune.ml.serving;

import com.fintune.ml.data.ApplicationValidator;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.explain.Explainer;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.underwriting.ProductOffer;

import java.util.ArrayList;
import java.util.List;

/**
 * The in-process predict path: validate → features → model → explanation → answer. The command line uses it
 * whole; the server runs the same steps with its cache and micro-batcher between features and model.
 */
public final class PredictionPipeline {

    private final FeaturePipeline features;
    private final Explainer explainer;
    private final ApplicationValidator validator = new ApplicationValidator();

    public PredictionPipeline(FeaturePipeline features, Explainer explainer) {
        this.features = features;
        this.explainer = explainer;
    }

    /** The decision policy answers are explained under (the counterfactual search decides candidates by it). */
    public DecisionPolicy policy() {
        return explainer.policy();
    }

    /** The features of a valid application; a {@link com.fintune.ml.data.ValidationException} names every bad field. */
    public ApplicationFeatures features(LoanApplication application) {
        return features.extract(validator.requireValid(application));
    }

    /** The answer for an application whose model scores are known. */
    public PredictionAnswer answer(LoanApplication application, ModelScores scores, String modelVersion,
                                   List<ProductOffer> offered) {
        return AnswerAssembler.answer(explainer.explain(application, scores.reasonProbabilities(),
                scores.riskScore(), offered), modelVersion);
    }

    /** Scores the applications in one batch and answers each; latency is the batch's time per application. */
    public List<PredictionAnswer> predict(ScoringModel model, List<LoanApplication> applications,
                                          List<ProductOffer> offered) {
        long start = System.nanoTime();
        List<ApplicationFeatures> inputs = new ArrayList<>(applications.size());
        for (LoanApplication a : applications) {
            inputs.add(features(a));
        }
        List<ModelScores> scores = model.score(inputs);
        double perApplication = (System.nanoTime() - start) / 1e6 / Math.max(1, applications.size());
        List<PredictionAnswer> answers = new ArrayList<>(applications.size());
        for (int i = 0; i < applications.size(); i++) {
            answers.add(answer(applications.get(i), scores.get(i), model.version(), offered)
                    .withServing(null, null, AnswerAssembler.round(perApplication, 2), false));
        }
        return answers;
    }
}
