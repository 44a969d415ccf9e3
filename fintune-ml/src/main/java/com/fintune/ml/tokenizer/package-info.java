/**
 * Tokenizers read from Hugging Face's tokenizer.json behind one interface ({@link TextTokenizer}, picked by
 * {@link TextTokenizers} from {@code model.type}): RoBERTa's byte-level BPE ({@link RobertaTokenizer}), written here
 * on Jackson alone and held to Hugging Face's vectors and, in tests, to the Rust implementation; and BERT's WordPiece
 * ({@link WordPieceTokenizer}), which runs Hugging Face's Rust tokenizers through DJL's binding (a JNI library unpacked
 * once per JVM from DJL's JAR, offline). Depends on Jackson and DJL's tokenizers only.
 */
package com.fintune.ml.tokenizer;
