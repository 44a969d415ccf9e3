package com.fintune.ml.explain.attribution;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanApplicationBuilder;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.FeatureKey;
import com.fintune.ml.serving.ModelScores;
import com.fintune.ml.serving.ScoringModel;
import com.fintune.ml.taxonomy.ReasonCategory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains one application with the real model: builds the 2^{@value FeatureGroup#COUNT}-coalition game (each group
 * at the application's or the reference's values), runs every distinct input through the same feature pipeline and
 * {@link ScoringModel} that serving uses, in batches of {@value #BATCH}, and takes exact Shapley values of the risk
 * score and of all twelve reason probabilities; the notes' sentences are occluded in the same batches.
 * Thread-safe when the model is.
 */
public final class GroupAttributor {

    /** Inputs per call to the model. */
    static final int BATCH = 64;

    private final FeaturePipeline features;
    private final ScoringModel model;

    public GroupAttributor(FeaturePipeline features, ScoringModel model) {
        this.features = features;
        this.model = model;
    }

    /** @param application a valid application (as /predict accepted it) */
    public AttributionReport explain(LoanApplication application) {
        long start = System.nanoTime();
        LoanApplication reference = ReferenceApplicant.of(application);
        int n = FeatureGroup.COUNT;
        int coalitions = 1 << n;
        Inputs inputs = new Inputs();
        int[] coalitionInput = new int[coalitions];
        for (int mask = 0; mask < coalitions; mask++) {
            coalitionInput[mask] = inputs.add(coalition(application, reference, mask));
        }
        String notes = application.underwriterNotes();
        List<NoteSentences.Span> sentences = NoteSentences.of(notes);
        int[] sentenceInput = new int[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            sentenceInput[i] = inputs.add(application.toBuilder()
                    .underwriterNotes(NoteSentences.without(notes, sentences.get(i))).build());
        }
        List<ModelScores> scores = inputs.score(model);

        double[] risk = new double[coalitions];
        double[][] reason = new double[ReasonCategory.COUNT][coalitions];
        for (int mask = 0; mask < coalitions; mask++) {
            ModelScores s = scores.get(coalitionInput[mask]);
            risk[mask] = s.riskScore();
            float[] p = s.reasonProbabilities();
            for (int r = 0; r < ReasonCategory.COUNT; r++) {
                reason[r][mask] = p[r];
            }
        }
        Map<ReasonCategory, Attribution> reasons = new EnumMap<>(ReasonCategory.class);
        for (ReasonCategory c : ReasonCategory.values()) {
            reasons.put(c, Attribution.of(reason[c.index()], n));
        }
        ModelScores whole = scores.get(coalitionInput[coalitions - 1]);
        List<NoteSpan> spans = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            spans.add(span(notes, sentences.get(i), whole, scores.get(sentenceInput[i])));
        }
        return new AttributionReport(reference, Attribution.of(risk, n), reasons, spans, coalitions,
                inputs.distinct.size(), (System.nanoTime() - start) / 1e6);
    }

    /** The application with the groups whose bit is set in {@code mask} taken from it and the rest from the reference. */
    static LoanApplication coalition(LoanApplication application, LoanApplication reference, int mask) {
        LoanApplicationBuilder b = reference.toBuilder();
        for (FeatureGroup g : FeatureGroup.values()) {
            if ((mask & (1 << g.ordinal())) != 0) {
                for (GroupField f : g.fields()) {
                    f.copy(application, b);
                }
            }
        }
        return b.build();
    }

    private static NoteSpan span(String notes, NoteSentences.Span s, ModelScores with, ModelScores without) {
        Map<ReasonCategory, Double> effects = new EnumMap<>(ReasonCategory.class);
        for (ReasonCategory c : ReasonCategory.values()) {
            double d = (double) with.reasonProbabilities()[c.index()] - without.reasonProbabilities()[c.index()];
            if (Math.abs(d) >= 0.01) {
                effects.put(c, d);
            }
        }
        return new NoteSpan(notes.substring(s.start(), s.end()), s.start(), s.end(),
                with.riskScore() - without.riskScore(), effects);
    }

    /** The distinct model inputs of one explanation: coalitions whose features read the same are scored once. */
    private final class Inputs {
        final List<ApplicationFeatures> distinct = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();

        int add(LoanApplication application) {
            ApplicationFeatures f = features.extract(application);
            return index.computeIfAbsent(FeatureKey.inputHash(f), k -> {
                distinct.add(f);
                return distinct.size() - 1;
            });
        }

        List<ModelScores> score(ScoringModel m) {
            List<ModelScores> out = new ArrayList<>(distinct.size());
            for (int from = 0; from < distinct.size(); from += BATCH) {
                out.addAll(m.score(distinct.subList(from, Math.min(distinct.size(), from + BATCH))));
            }
            return out;
        }
    }
}
