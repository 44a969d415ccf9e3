/**
 * Loan applications as values: what the model may read ({@link com.fintune.ml.data.LoanApplication}), the
 * protected characteristics kept apart ({@link com.fintune.ml.data.Demographics}), labels, validation and file I/O.
 * Depends on {@code taxonomy} and Jackson only; the generator and HMDA LAR live in sub-packages.
 */
package com.fintune.ml.data;
