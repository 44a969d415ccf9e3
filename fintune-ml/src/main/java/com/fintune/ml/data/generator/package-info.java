/**
 * The synthetic lender: seeded, deterministic applicants, properties, products, documents and outcomes, with a
 * documented underwriting policy, label noise and optional injected disparity. Depends on {@code data},
 * {@code underwriting} (the same limits and eligibility rules serving uses) and {@code taxonomy}.
 */
package com.fintune.ml.data.generator;
