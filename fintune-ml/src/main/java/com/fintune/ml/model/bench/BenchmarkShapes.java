package com.fintune.ml.model.bench;

import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.taxonomy.ReasonCategory;

import java.util.ArrayList;
import java.util.List;

/** The published model shapes the benchmark runs with random weights. */
public final class BenchmarkShapes {
    private BenchmarkShapes() {
    }

    /** RoBERTa-base: 12 layers × 768 hidden, 12 heads, 3072 feed-forward, 514 positions (≈125 M parameters). */
    public static RobertaConfig robertaBase() {
        return RobertaConfig.ofShape(50265, 768, 12, 12, 3072, 514, labels());
    }

    /** DistilRoBERTa: 6 layers × 768 hidden (≈82 M parameters). */
    public static RobertaConfig distilRoberta() {
        return RobertaConfig.ofShape(50265, 768, 6, 12, 3072, 514, labels());
    }

    /** The tiny fixture's shape, for when the fixture itself is not at hand. */
    public static RobertaConfig tiny() {
        return RobertaConfig.ofShape(50265, 32, 2, 4, 64, 130, labels());
    }

    private static List<String> labels() {
        List<String> names = new ArrayList<>();
        for (ReasonCategory c : ReasonCategory.values()) {
            names.add(c.name());
        }
        return names;
    }
}
