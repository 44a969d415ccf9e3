/**
 * RoBERTa's byte-level BPE tokenizer read from Hugging Face's tokenizer.json ({@link RobertaTokenizer}); depends only
 * on Jackson. Written here, not taken from DJL's binding (which does work offline from its JAR's bundled Rust library),
 * to keep a JNI library, its unpacking on disk and its once-per-JVM loading out of the application server; tests hold
 * it to Hugging Face's vectors and, with DJL in test scope only, to the Rust implementation on random texts.
 */
package com.fintune.ml.tokenizer;
