/**
 * The one feature pipeline used by training, serving and batch: binned agency ratios, eligibility, the
 * combined text the encoder reads, the underwriter's notes with protected-characteristic mentions masked
 * ({@code ProtectedMentionMasker}) and the tabular vector of the baseline. Depends on {@code data} and
 * {@code underwriting} (program limits and eligibility rules, which it reads but does not own), and never
 * on {@link com.fintune.ml.data.Demographics}.
 */
package com.fintune.ml.features;
