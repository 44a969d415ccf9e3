package com.fintune.ml.model;

/**
 * Widths of FinTune's two heads on the {@code <s>} token.
 *
 * @param reasonsHidden width of {@code reasons_head.dense} (the seed uses hidden/2)
 * @param reasonCount   number of denial-reason logits ({@code reasons_head.out_proj}), 12 for FinTune
 * @param riskHidden    width of {@code risk_head.dense} (the seed uses hidden/4)
 */
public record HeadSizes(int reasonsHidden, int reasonCount, int riskHidden) {
    public HeadSizes {
        if (reasonsHidden <= 0 || reasonCount <= 0 || riskHidden <= 0) {
            throw new IllegalArgumentException("head sizes must be positive: " + reasonsHidden + ", " + reasonCount
                    + ", " + riskHidden);
        }
    }

    /** The seed's sizing: hidden/2 for reasons, hidden/4 for risk. */
    public static HeadSizes defaultsFor(int hiddenSize, int reasonCount) {
        return new HeadSizes(Math.max(1, hiddenSize / 2), reasonCount, Math.max(1, hiddenSize / 4));
    }
}
