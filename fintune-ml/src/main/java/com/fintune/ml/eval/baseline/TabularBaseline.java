package com.fintune.ml.eval.baseline;

import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees on the structured features: one-vs-rest binary classifiers (one per denial reason) and a
 * squared-error regressor for the risk score, each stopped early on the validation split.
 */
public final class TabularBaseline {
    private final Booster[] reasonModels;
    private final Booster riskModel;

    private TabularBaseline(Booster[] reasonModels, Booster riskModel) {
        this.reasonModels = reasonModels;
        this.riskModel = riskModel;
    }

    /**
     * @param train     training split: features, multi-hot reasons, risk 0-100
     * @param validation validation split for early stopping
     */
    public static TabularBaseline fit(TabularData train, TabularData validation, BaselineConfig config) {
        try {
            DMatrix trainX = train.matrix();
            DMatrix validX = validation.matrix();
            int categories = train.categories();
            Booster[] reasons = new Booster[categories];
            for (int c = 0; c < categories; c++) {
                trainX.setLabel(train.reasonColumn(c));
                validX.setLabel(validation.reasonColumn(c));
                reasons[c] = fitOne(trainX, validX, config.params("binary:logistic", "logloss"), config);
            }
            trainX.setLabel(train.riskLabels());
            validX.setLabel(validation.riskLabels());
            Booster risk = fitOne(trainX, validX, config.params("reg:squarederror", "mae"), config);
            trainX.dispose();
            validX.dispose();
            return new TabularBaseline(reasons, risk);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
        }
    }

    private static Booster fitOne(DMatrix train, DMatrix validation, Map<String, Object> params,
                                  BaselineConfig config) throws XGBoostError {
        Map<String, DMatrix> watches = new HashMap<>();
        watches.put("validation", validation);
        float[][] metrics = new float[1][config.rounds()];
        return XGBoost.train(train, params, config.rounds(), watches, metrics, null, null, config.earlyStopping());
    }

    /** Reason probabilities [application][category] and risk scores clipped to 0-100. */
    public Predictions predict(double[][] features) {
        try {
            DMatrix x = TabularData.matrixOf(features);
            double[][] probabilities = new double[features.length][reasonModels.length];
            for (int c = 0; c < reasonModels.length; c++) {
                float[][] p = predictBest(reasonModels[c], x);
                for (int i = 0; i < features.length; i++) probabilities[i][c] = p[i][0];
            }
            float[][] r = predictBest(riskModel, x);
            double[] risk = new double[features.length];
            for (int i = 0; i < features.length; i++) risk[i] = Math.max(0, Math.min(100, r[i][0]));
            x.dispose();
            return new Predictions(probabilities, risk);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
        }
    }

    /** Predicts with the trees up to the best validation round when early stopping recorded one. */
    private static float[][] predictBest(Booster booster, DMatrix x) throws XGBoostError {
        String best = booster.getAttr("best_iteration");
        if (best == null) return booster.predict(x);
        return booster.predict(x, false, Integer.parseInt(best) + 1);
    }

    /** @param probabilities [application][category]; @param risk 0-100 */
    public record Predictions(double[][] probabilities, double[] risk) {
    }
}
