/**
 * Fine-tuning FinTune's encoder: multi-task loss (reasons BCE + weighted risk MSE), AdamW with warm-up/decay and
 * clipping, length bucketing, validation each epoch with early stopping on macro-F1, the best checkpoint exported in
 * the Hugging Face layout, resumable after a kill; optionally with the embeddings and lower layers frozen and their
 * output cached once ({@code frozenLayers}, {@code train.cache}). Depends on {@code model}, {@code inference},
 * {@code tokenizer}, {@code features}, {@code data} and {@code eval}.
 */
package com.fintune.ml.train;
