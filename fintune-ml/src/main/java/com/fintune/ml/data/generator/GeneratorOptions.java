package com.fintune.ml.data.generator;

/**
 * How the synthetic lender generates.
 *
 * @param seed      the seed: the same seed always yields the same applications
 * @param noiseRate share of applications whose labels get one reason added or removed (default 0.5%)
 * @param disparity an injected fair-lending disparity, or null for none (the default)
 */
public record GeneratorOptions(long seed, double noiseRate, Disparity disparity) {

    public static final double DEFAULT_NOISE = 0.005;

    public GeneratorOptions {
        if (!(noiseRate >= 0 && noiseRate <= 0.5)) {
            throw new IllegalArgumentException("noise rate must be within 0..0.5, was " + noiseRate);
        }
    }

    public static GeneratorOptions withSeed(long seed) {
        return new GeneratorOptions(seed, DEFAULT_NOISE, null);
    }
}
