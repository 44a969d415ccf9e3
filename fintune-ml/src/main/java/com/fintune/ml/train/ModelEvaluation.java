package com.fintune.ml.train;

import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.data.generator.GeneratedCase;
import com.fintune.ml.eval.Evaluation;
import com.fintune.ml.eval.EvaluationReport;
import com.fintune.ml.eval.LabeledEvaluation;
import com.fintune.ml.eval.baseline.BaselineConfig;
import com.fintune.ml.eval.baseline.BaselineFeatures;
import com.fintune.ml.eval.baseline.TabularBaseline;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.TextView;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.ml.tokenizer.TextTokenizer;
import com.fintune.ml.tokenizer.TextTokenizers;
import com.fintune.ml.train.batch.EncodedExample;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * Evaluates a checkpoint on labelled applications, optionally beside the tabular baseline (trained on the model's
 * own training split) and the generator's noise ceiling, into an {@link EvaluationReport}.
 */
public final class ModelEvaluation {
    private final FeaturePipeline pipeline = new FeaturePipeline();
    private final double threshold;
    private final PrintStream progress;

    public ModelEvaluation(double threshold) {
        this(threshold, null);
    }

    /** {@code progress}: where scoring reports how far it is (null: silent). */
    public ModelEvaluation(double threshold, PrintStream progress) {
        this.threshold = threshold;
        this.progress = progress;
    }

    /** The encoder's evaluation of {@code apps}, texts truncated to the model's longest input. */
    public Evaluation encoder(String name, Checkpoint checkpoint, List<LabeledApplication> apps) throws IOException {
        EncoderScoring.Scores s = scores(checkpoint, apps, checkpoint.config().maxSequenceLength());
        return evaluate(name, apps, s.probabilities(), s.risk());
    }

    /**
     * The encoder's scores for {@code apps} through the training data's encoding and the serving path's batching
     * (the text the config's {@code fintune_text} names, masked notes, structured inputs), in input order.
     */
    public EncoderScoring.Scores scores(Checkpoint checkpoint, List<LabeledApplication> apps, int maxLength)
            throws IOException {
        if (checkpoint.tokenizerJson() == null) throw new IOException("the model directory has no tokenizer.json");
        TextTokenizer tokenizer = TextTokenizers.read(checkpoint.tokenizerJson());
        int length = Math.min(maxLength, checkpoint.config().maxSequenceLength());
        List<EncodedExample> examples = TrainingData.encode(apps, pipeline, tokenizer, length,
                checkpoint.config().structured(), TextView.of(checkpoint.config()));
        return EncoderScoring.score(new RobertaEncoder(checkpoint.weights()),
                examples.stream().map(EncodedExample::tokenIds).toList(), FineTuner.structured(examples), 32,
                tokenizer.padId(), progress);
    }

    /** Gradient-boosted trees trained on {@code split.train()} (early-stopped on its validation part). */
    public Evaluation baseline(TrainingData.Split split, List<LabeledApplication> apps, long seed) {
        TabularBaseline model = TabularBaseline.fit(BaselineFeatures.of(split.train(), pipeline),
                BaselineFeatures.of(split.validation(), pipeline), BaselineConfig.defaults(seed));
        TabularBaseline.Predictions p = model.predict(BaselineFeatures.features(
                apps.stream().map(LabeledApplication::application).toList(), pipeline));
        return evaluate("tabular baseline (XGBoost)", apps, p.probabilities(), p.risk());
    }

    /**
     * The noise-free underwriting policy scored against the noisy labels: the best reason scores a model can
     * expect. Its risk figures are not meaningful (the policy has no risk score) and reports leave them out.
     */
    public Evaluation noiseCeiling(List<GeneratedCase> cases) {
        List<LabeledApplication> apps = cases.stream().map(GeneratedCase::labeled).toList();
        double[][] p = new double[cases.size()][ReasonCategory.COUNT];
        double[] risk = new double[cases.size()];
        for (int i = 0; i < p.length; i++) {
            for (ReasonCategory r : cases.get(i).policyReasons()) p[i][r.index()] = 1.0;
            risk[i] = apps.get(i).riskTarget();
        }
        return evaluate("noise ceiling (policy)", apps, p, risk);
    }

    private Evaluation evaluate(String name, List<LabeledApplication> apps, double[][] p, double[] risk) {
        return LabeledEvaluation.evaluator(threshold).evaluate(name,
                LabeledEvaluation.input(apps, p, risk, threshold));
    }

    public static EvaluationReport report(String model, String testSet, Evaluation encoder, Evaluation baseline,
                                          Evaluation ceiling) {
        return new EvaluationReport(model, testSet, encoder, baseline, ceiling);
    }
}
