package com.fintune.ml.train;

import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.tokenizer.RobertaTokenizer;
import com.fintune.ml.train.mlm.CorpusVocabulary;
import com.fintune.ml.train.mlm.MaskedLmModel;
import com.fintune.ml.train.mlm.MaskedLmPretrainer;
import com.fintune.ml.train.optim.AdamW;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The masked-language-model phase of a run: builds the corpus vocabulary and the LM head, runs
 * {@link MaskedLmPretrainer}, and keeps a resume point (encoder weights, LM head and optimizer moments) so a kill
 * during pre-training resumes there. A finished phase is skipped on a re-run.
 */
final class Pretraining {
    static final String PHASE = "pretrain";

    private final TrainingConfig config;
    private final RobertaTokenizer tokenizer;
    private final PrintStream log;

    Pretraining(TrainingConfig config, RobertaTokenizer tokenizer, PrintStream log) {
        this.config = config;
        this.tokenizer = tokenizer;
        this.log = log;
    }

    /** Pre-trains {@code weights} in place (or loads the finished or interrupted phase from {@code workDir}). */
    void run(ModelWeights weights, List<int[]> texts, Path workDir) throws IOException {
        PretrainSettings s = config.pretrain();
        CorpusVocabulary vocab = CorpusVocabulary.of(texts, tokenizer.vocabSize(), tokenizer.bosId(),
                tokenizer.eosId(), tokenizer.padId(), tokenizer.maskId());
        MaskedLmModel model = new MaskedLmModel(weights, vocab, config.fineTune().dropout(), config.seed());
        AdamW optimizer = AdamW.standard(config.fineTune().weightDecay());
        MaskedLmPretrainer.Position from = MaskedLmPretrainer.Position.start();
        if (ResumePoint.exists(workDir, PHASE)) {
            TrainingState state = ResumePoint.state(workDir, PHASE);
            copy(ResumePoint.weights(workDir, PHASE).arrays(), weights.arrays());
            ResumePoint.Loaded saved = ResumePoint.optimizer(workDir, PHASE);
            Map<String, INDArray> moments = new HashMap<>();
            saved.moments().forEach((k, v) -> {
                if (k.startsWith("head/")) model.headParameters().get(k.substring(5)).assign(v);
                else moments.put(k, v);
            });
            optimizer.restore(moments, saved.steps());
            from = new MaskedLmPretrainer.Position(state.epoch(), state.batchInEpoch(), state.step(), Double.NaN);
            if (state.epoch() >= s.epochs()) {
                log.println("pre-training already finished; continuing with fine-tuning");
                return;
            }
            log.printf("resuming pre-training at epoch %d, batch %d%n", state.epoch() + 1, state.batchInEpoch());
        }
        log.printf("pre-training: %d texts, corpus vocabulary %d tokens, %d epoch(s)%n", texts.size(), vocab.size(),
                s.epochs());
        MaskedLmPretrainer trainer = new MaskedLmPretrainer(s.epochs(), s.maxSteps(), s.batchSize(), s.learningRate(),
                s.maskProbability(), config.fineTune().weightDecay(), config.fineTune().maxGradientNorm(),
                config.seed(), log);
        trainer.run(model, vocab, texts, tokenizer.maskId(), tokenizer.padId(), optimizer, from,
                config.fineTune().saveEverySteps(), position -> save(workDir, weights, model, optimizer, position));
    }

    private void save(Path workDir, ModelWeights weights, MaskedLmModel model, AdamW optimizer,
                      MaskedLmPretrainer.Position p) {
        Map<String, INDArray> state = new HashMap<>(optimizer.state());
        model.headParameters().forEach((k, v) -> state.put("head/" + k, v));
        TrainingState s = new TrainingState(PHASE, p.epoch(), p.batch(), p.step(), -1, -1, 0, List.of());
        try {
            ResumePoint.save(workDir, s, new Checkpoint(weights.config(), weights, null), state, optimizer.steps());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Map<String, INDArray> from, Map<String, INDArray> to) {
        to.forEach((name, array) -> array.assign(from.get(name)));
    }
}
