/**
 * RoBERTa's byte-level BPE tokenizer read from Hugging Face's tokenizer.json ({@link RobertaTokenizer}); depends
 * only on Jackson. Written here rather than taken from DJL's Hugging Face binding (which does run offline from the
 * JAR's bundled Rust library) to keep a JNI library, its extraction into the user's home and per-JVM loading out of
 * the application server; tests hold it to Hugging Face's own test vectors.
 */
package com.fintune.ml.tokenizer;
