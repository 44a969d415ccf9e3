package com.fintune.interfaces.console.evaluation;

import java.util.Locale;

/** How the console writes a measured figure: a fixed number of decimals, blank where there is no figure. */
public final class Figure {

    private Figure() {
    }

    /** Ratios and scores in [0, 1] (F1, accuracy, AUC, ECE, AIR, SMD): three decimals. */
    public static String ratio(double value) {
        return decimals(value, 3);
    }

    /** Errors on the 0-100 risk scale (MAE, RMSE): two decimals. */
    public static String riskPoints(double value) {
        return decimals(value, 2);
    }

    /** A share as a percentage with one decimal, e.g. an approval rate of 0.5563 as "55.6 %". */
    public static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f %%", share * 100) : "";
    }

    private static String decimals(double value, int places) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + places + "f", value) : "";
    }
}
