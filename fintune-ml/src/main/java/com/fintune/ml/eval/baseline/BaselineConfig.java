package com.fintune.ml.eval.baseline;

import java.util.HashMap;
import java.util.Map;

/**
 * Hyper-parameters of the gradient-boosted baseline.
 *
 * @param rounds           maximum boosting rounds per model
 * @param earlyStopping    stop when the validation metric has not improved for this many rounds (0 = off)
 * @param maxDepth         tree depth
 * @param learningRate     shrinkage (eta)
 * @param subsample        row sampling per tree
 * @param columnSample     feature sampling per tree
 * @param threads          compute threads
 * @param seed             random seed
 */
public record BaselineConfig(int rounds, int earlyStopping, int maxDepth, double learningRate, double subsample,
                             double columnSample, int threads, long seed) {

    public static BaselineConfig defaults(long seed) {
        return new BaselineConfig(300, 20, 6, 0.1, 0.9, 0.9, 1, seed);
    }

    Map<String, Object> params(String objective, String metric) {
        Map<String, Object> p = new HashMap<>();
        p.put("objective", objective);
        p.put("eval_metric", metric);
        p.put("max_depth", maxDepth);
        p.put("eta", learningRate);
        p.put("subsample", subsample);
        p.put("colsample_bytree", columnSample);
        p.put("nthread", threads);
        p.put("seed", seed);
        p.put("tree_method", "hist");
        p.put("verbosity", 0);
        p.put("verbose_eval", 0);
        return p;
    }
}
