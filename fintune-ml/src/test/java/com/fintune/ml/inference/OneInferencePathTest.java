package com.fintune.ml.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.SyntheticLender;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.model.TextView;
import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.serving.EncoderScoringModel;
import com.fintune.ml.serving.ModelScores;
import com.fintune.ml.train.EncoderScoring;
import com.fintune.ml.train.ModelEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serving ({@link EncoderScoringModel}, the predictor behind the REST API and the CLI) and evaluation
 * ({@link ModelEvaluation#scores}, the encoding and batching training validates with) give the same scores for the
 * same applications, for the combined-text view and the notes view, text-only and with structured inputs.
 */
class OneInferencePathTest {

    static Path fixtures() {
        return Path.of(System.getProperty("fintune.fixtures", "../shared/fixtures"));
    }

    static Path shipped() {
        return Path.of(System.getProperty("fintune.repo", ".."), "models", "fintune-default");
    }

    private final FeaturePipeline pipeline = new FeaturePipeline();

    @Test
    void servingAndEvaluationScoreTheTinyModelAlike(@TempDir Path dir) throws Exception {
        Path model = copy(fixtures().resolve("tiny-roberta"), dir.resolve("app"));
        Files.copy(fixtures().resolve("roberta-base-tokenizer/tokenizer.json"), model.resolve("tokenizer.json"));
        List<LabeledApplication> apps = applications();
        double[][] application = assertSameScores(model, apps);

        Path notesModel = copy(model, dir.resolve("notes"));
        TextView.NOTES.applyTo(RobertaConfig.read(model.resolve("config.json"))).write(notesModel.resolve("config.json"));
        assertEquals(TextView.NOTES, TextView.of(Checkpoint.load(notesModel).config()));
        double[][] notes = assertSameScores(notesModel, apps);
        double differ = 0;
        for (int i = 0; i < apps.size(); i++) {
            differ = Math.max(differ, Math.abs(notes[i][0] - application[i][0]));
        }
        assertTrue(differ > 1e-4, "the notes view must read another text than the combined view");
    }

    @Test
    void servingAndEvaluationScoreTheShippedModelAlike() throws Exception {
        assumeTrue(Files.isRegularFile(shipped().resolve("model.safetensors")), "shipped model not present");
        assertSameScores(shipped(), applications());
    }

    @Test
    void aProtectedSentenceInsertedIntoTheNotesChangesNoScoreInEitherView(@TempDir Path dir) throws Exception {
        Path model = copy(fixtures().resolve("tiny-roberta"), dir.resolve("app"));
        Files.copy(fixtures().resolve("roberta-base-tokenizer/tokenizer.json"), model.resolve("tokenizer.json"));
        Path notesModel = copy(model, dir.resolve("notes"));
        TextView.NOTES.applyTo(RobertaConfig.read(model.resolve("config.json"))).write(notesModel.resolve("config.json"));
        LoanApplication base = applications().get(0).application();
        String written = base.underwriterNotes() == null ? "" : base.underwriterNotes();
        // the inserted sentence stands as a sentence of its own: generated notes may end without a full stop
        String notes = written.isEmpty() || written.matches("(?s).*[.!?;]\\s*$") ? written : written + ".";
        base = base.toBuilder().underwriterNotes(notes).build();
        List<ApplicationFeatures> probes = new ArrayList<>();
        probes.add(pipeline.extract(base));
        for (String inserted : List.of("Borrower is a 67-year-old widow.", "Applicant is Hispanic and married.",
                "She is a devout Muslim.", "Borrower receives SNAP benefits.", "Borrower is an immigrant from Korea.")) {
            probes.add(pipeline.extract(base.toBuilder().underwriterNotes(inserted + " " + notes).build()));
            probes.add(pipeline.extract(base.toBuilder().underwriterNotes(notes + " " + inserted).build()));
        }
        for (Path m : List.of(model, notesModel)) {
            try (EncoderScoringModel serving = EncoderScoringModel.load("probe", m, null, 128)) {
                List<ModelScores> scores = serving.score(probes);
                for (int i = 1; i < scores.size(); i++) {
                    assertArrayEquals(scores.get(0).reasonProbabilities(), scores.get(i).reasonProbabilities(),
                            1e-5f, "probe " + i);
                    assertEquals(scores.get(0).riskScore(), scores.get(i).riskScore(), 1e-3);
                }
            }
        }
    }

    /** Serving's and evaluation's scores for the model in {@code dir}; returns evaluation's probabilities. */
    private double[][] assertSameScores(Path dir, List<LabeledApplication> apps) throws Exception {
        List<ApplicationFeatures> features = apps.stream().map(a -> pipeline.extract(a.application())).toList();
        List<ModelScores> served;
        try (EncoderScoringModel serving = EncoderScoringModel.load("same", dir, null, 128)) {
            served = serving.score(features);
        }
        EncoderScoring.Scores evaluated = new ModelEvaluation(0.5).scores(Checkpoint.load(dir), apps, 128);
        for (int i = 0; i < apps.size(); i++) {
            float[] s = served.get(i).reasonProbabilities();
            for (int c = 0; c < s.length; c++) {
                assertEquals(s[c], evaluated.probabilities()[i][c], 1e-5, "application " + i + " reason " + c);
            }
            assertEquals(served.get(i).riskScore(), evaluated.risk()[i], 1e-3, "application " + i + " risk");
        }
        return evaluated.probabilities();
    }

    /** Generated applications (varied lengths, with notes) plus two with protected mentions in their notes. */
    private static List<LabeledApplication> applications() {
        List<LabeledApplication> apps = new ArrayList<>(new SyntheticLender(GeneratorOptions.withSeed(11)).generate(40));
        LabeledApplication first = apps.get(0);
        apps.add(new LabeledApplication("masked-1", first.application().toBuilder()
                .underwriterNotes("Borrower is a 70-year-old Black woman. Her husband co-signs; 3 lates in 2023.")
                .build(), first.reasons(), first.riskTarget(), first.decision(), first.demographics()));
        return apps;
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return to;
    }
}
