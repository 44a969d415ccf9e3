package com.fintune.assessment.application;

import com.fintune.ml.explain.DecisionPolicy;
import com.fintune.ml.explain.Explainer;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.PredictionPipeline;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The prediction pipeline under the configured decision policy ({@code fintune.policy.*}), built one way. */
final class ServingPipeline {

    private ServingPipeline() {
    }

    static PredictionPipeline fromConfig() {
        Config config = ConfigProvider.getConfig();
        DecisionPolicy policy = DecisionPolicy.fromSettings(key -> config.getOptionalValue(key, String.class));
        return new PredictionPipeline(new FeaturePipeline(), new Explainer(policy));
    }
}
