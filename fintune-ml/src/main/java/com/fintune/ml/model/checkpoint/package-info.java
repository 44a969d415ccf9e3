/**
 * Checkpoint I/O in the Hugging Face layout: safetensors tensors, config.json, tokenizer.json, the mapping between
 * Hugging Face parameter names and FinTune's canonical names, and frozen base models referenced by Maven coordinates
 * ({@code base-model.json}) whose ONNX weights are read from the class path. Depends on {@code model} (config), ND4J
 * arrays and nd4j-api's ONNX protobuf classes only.
 */
package com.fintune.ml.model.checkpoint;
