package com.fintune.ml.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Renders figures for people: quoted figures keep every digit of the input, computed ones are rounded. */
final class Figures {

    private Figures() {
    }

    /** A figure exactly as given (no rounding, no trailing zeros), e.g. 47.2 or 620. */
    static String exact(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A percentage exactly as given, e.g. "47.2%". */
    static String percent(double value) {
        return exact(value) + "%";
    }

    /** A dollar amount exactly as given, grouped, e.g. "$350,000" or "$1,234.5". */
    static String money(double value) {
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.US));
        return "$" + f.format(BigDecimal.valueOf(value));
    }

    /** A computed dollar amount rounded down to whole hundreds (so that it still meets the limit). */
    static String moneyDown(double value) {
        return money(roundDown(value, 100));
    }

    /** A computed dollar amount rounded up to whole hundreds (so that it is enough). */
    static String moneyUp(double value) {
        return money(roundUp(value, 100));
    }

    static double roundDown(double value, double step) {
        return Math.floor(value / step) * step;
    }

    static double roundUp(double value, double step) {
        return Math.ceil(value / step) * step;
    }

    /** A computed ratio with one decimal, e.g. "43.4%". */
    static String computedPercent(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
