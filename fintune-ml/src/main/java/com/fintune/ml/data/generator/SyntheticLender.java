package com.fintune.ml.data.generator;

import com.fintune.ml.data.Decision;
import com.fintune.ml.data.Demographics;
import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.taxonomy.HmdaActionTaken;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic mortgage lender: deterministic for a seed, and application {@code i} is the same whatever the count,
 * because each application and each concern (facts, notes, the notes' asides, labels, demographics, disparity,
 * risk noise) draws from its own random stream derived from (seed, i, stream). Labels, risk and decision are
 * functions of the drawn facts and events, never of the wording of the notes.
 */
public final class SyntheticLender {

    private final GeneratorOptions options;
    private final ApplicationSampler sampler = new ApplicationSampler();
    private final NotesWriter notes;
    private final UnderwritingPolicy policy = new UnderwritingPolicy();
    private final RiskModel risk = new RiskModel();
    private final DemographicsSampler demographics = new DemographicsSampler();
    private final FileDocuments documents = new FileDocuments();
    private final LabelNoise noise;

    public SyntheticLender(GeneratorOptions options) {
        this(options, NotesWriter.Style.FULL);
    }

    /** A lender whose notes carry only the asides {@code style} names (tests: asides must not move a label). */
    SyntheticLender(GeneratorOptions options, NotesWriter.Style style) {
        this.options = options;
        this.noise = new LabelNoise(options.noiseRate());
        this.notes = new NotesWriter(style);
    }

    /** The labelled applications 0..count-1 (labels include noise). */
    public List<LabeledApplication> generate(int count) {
        List<LabeledApplication> out = new ArrayList<>(count);
        for (GeneratedCase c : generateCases(count)) {
            out.add(c.labeled());
        }
        return out;
    }

    public List<GeneratedCase> generateCases(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        List<GeneratedCase> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(generateCase(i));
        }
        return out;
    }

    public GeneratedCase generateCase(int i) {
        Draft draft = sampler.sample(stream(i, 1));
        String written = notes.write(draft, stream(i, 2), stream(i, 7), stream(i, 8));
        LoanApplication app = draft.application().toBuilder().underwriterNotes(written.isEmpty() ? null : written).build();
        UnderwritingPolicy.Outcome outcome = policy.decide(draft);
        Demographics who = demographics.sample(stream(i, 3));
        Set<ReasonCategory> labels = noise.apply(stream(i, 4), outcome.reasons());
        Random other = stream(i, 5);
        if (labels.isEmpty() && options.disparity() != null && who.belongsTo(options.disparity().group())
                && other.nextDouble() < options.disparity().rate()) {
            labels = EnumSet.of(ReasonCategory.OTHER_POLICY);
        }
        Decision decision;
        if (!labels.isEmpty()) {
            decision = Decision.denied();
        } else if (outcome.exceptionUsed() && labels.equals(outcome.reasons())) {
            decision = Decision.referredThenApproved();
        } else {
            decision = new Decision(Decision.Outcome.APPROVE, other.nextDouble() < 0.9
                    ? HmdaActionTaken.ORIGINATED : HmdaActionTaken.APPROVED_NOT_ACCEPTED);
        }
        double riskTarget = Math.round(risk.target(stream(i, 6), draft) * 100) / 100.0;
        String id = "FT" + Long.toUnsignedString(options.seed(), 36).toUpperCase() + "N" + String.format("%07d", i);
        LabeledApplication labeled = new LabeledApplication(id, app, labels, riskTarget, decision, who);
        return new GeneratedCase(labeled, outcome.reasons(), "C" + id.substring(2), documents.of(draft));
    }

    private Random stream(int index, int purpose) {
        long h = options.seed() * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + purpose * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return new Random(h);
    }
}
