/**
 * The synthetic lender: seeded, deterministic applicants (drawn within program limits unless an adverse profile,
 * calibrated to HMDA denial rates by purpose, says otherwise), their notes (many phrasings, benign and negated
 * remarks, chatter, protected-characteristic mentions that never move a label), documents and outcomes, with a
 * documented underwriting policy, risk index, label noise and optional injected disparity. Depends on {@code data},
 * {@code underwriting} (the same limits and eligibility rules serving uses) and {@code taxonomy}.
 */
package com.fintune.ml.data.generator;
