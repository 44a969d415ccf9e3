package com.fintune.ml.train;

import com.fintune.ml.model.TextView;

/**
 * Everything a training run reads, recorded beside the model as {@code training-config.json} so the run can be
 * repeated. Paths are as given on the command line (relative paths stay relative).
 *
 * @param trainData       training applications (JSON Lines or CSV from {@code generate}); null = generate
 * @param generatorSeed   seed of the synthetic lender when {@code trainData} is null
 * @param generatedCount  applications to generate when {@code trainData} is null
 * @param validationShare share of the training applications held out for validation/early stopping
 * @param initCheckpoint  checkpoint directory to start from (a Hugging Face checkpoint, a base model written by
 *                        {@code import-base}, or a FinTune model): its encoder is kept, heads it lacks are
 *                        initialised, and with {@code structuredInputs} the heads get zero columns for the structured
 *                        inputs; null = a new model of {@code shape}
 * @param tokenizer       tokenizer.json for a new model (an imported checkpoint brings its own)
 * @param shape           shape of a new model
 * @param maxLength       longest token sequence, specials included
 * @param pretrain        masked-language-model pre-training of a new model
 * @param fineTune        fine-tuning hyper-parameters
 * @param seed            seed of initialisation, splitting, batching, masking and dropout
 * @param exportDtype     storage type of the exported best checkpoint: F32 or F16
 * @param structuredInputs the heads also read the feature pipeline's tabular vector (standardised with statistics
 *                        of the training split, stored in config.json); false = text only, as a Hugging Face
 *                        classifier reads
 * @param text            the text the model reads ({@code fintune_text} in its config.json): "notes" (the masked
 *                        underwriter's notes alone, for a model whose heads read the figures) or "application" (the
 *                        figures in words, then the notes); null keeps the starting checkpoint's view
 */
public record TrainingConfig(String trainData, long generatorSeed, int generatedCount, double validationShare,
                             String initCheckpoint, String tokenizer, ModelShape shape, int maxLength,
                             PretrainSettings pretrain, FineTuneSettings fineTune, long seed, String exportDtype,
                             boolean structuredInputs, String text) {

    public TrainingConfig {
        if (validationShare <= 0 || validationShare >= 0.5) {
            throw new IllegalArgumentException("validationShare must be in (0, 0.5)");
        }
        if (trainData == null && generatedCount < 100) {
            throw new IllegalArgumentException("generate at least 100 applications or give trainData");
        }
        if (maxLength < 4) throw new IllegalArgumentException("maxLength must be at least 4");
        if (!"F32".equals(exportDtype) && !"F16".equals(exportDtype)) {
            throw new IllegalArgumentException("exportDtype must be F32 or F16");
        }
        if (text != null) {
            TextView.parse(text);
        }
    }

    /** A config that keeps the starting checkpoint's text view. */
    public TrainingConfig(String trainData, long generatorSeed, int generatedCount, double validationShare,
                          String initCheckpoint, String tokenizer, ModelShape shape, int maxLength,
                          PretrainSettings pretrain, FineTuneSettings fineTune, long seed, String exportDtype,
                          boolean structuredInputs) {
        this(trainData, generatorSeed, generatedCount, validationShare, initCheckpoint, tokenizer, shape, maxLength,
                pretrain, fineTune, seed, exportDtype, structuredInputs, null);
    }

    public static TrainingConfig defaults() {
        return new TrainingConfig(null, 1, 20_000, 0.1, null, null, ModelShape.small(), 128,
                PretrainSettings.defaults(), FineTuneSettings.defaults(), 42, "F16", true, null);
    }
}
