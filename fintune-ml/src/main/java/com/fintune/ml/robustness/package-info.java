/**
 * FinTune's hand-written robustness set ({@code robustness/notes.jsonl} on the class path: clean base applications
 * and notes written by an underwriter, not by the generator) and the harness that runs it through the serving path
 * (feature pipeline with masking → the one inference path → decision policy) and checks each case's expectation.
 * Depends on {@code data}, {@code features}, {@code explain}, {@code serving}, {@code taxonomy} and
 * {@code eval.robustness}.
 */
package com.fintune.ml.robustness;
