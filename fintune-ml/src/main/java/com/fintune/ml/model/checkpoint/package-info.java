/**
 * Checkpoint I/O in the Hugging Face layout: safetensors tensors, config.json, tokenizer.json, and the mapping between
 * Hugging Face parameter names and FinTune's canonical names. Depends on {@code model} (config) and ND4J arrays only.
 */
package com.fintune.ml.model.checkpoint;
