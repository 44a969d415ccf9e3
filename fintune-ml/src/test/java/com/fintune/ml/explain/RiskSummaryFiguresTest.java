package com.fintune.ml.explain;

import com.fintune.ml.taxonomy.ReasonCategory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The risk summary never states a figure that is not in the application or in the policy limits. */
class RiskSummaryFiguresTest {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(\\.\\d+)?");
    private final DecisionPolicy policy = DecisionPolicy.defaults();
    private final Explainer explainer = new Explainer(policy);

    @Test
    void everyFigureInTheSummaryComesFromTheInputOrThePolicy() {
        Random random = new Random(7);
        int checked = 0;
        for (int i = 0; i < 2000; i++) {
            ApplicantProfile a = randomProfile(random);
            float[] p = new float[ReasonCategory.COUNT];
            for (int k = 0; k < p.length; k++) {
                p[k] = random.nextFloat();
            }
            Explanation e = explainer.explain(a, p, random.nextDouble() * 100, List.of());
            Set<BigDecimal> allowed = allowedFigures(a);
            Matcher m = NUMBER.matcher(e.riskSummary());
            while (m.find()) {
                BigDecimal figure = new BigDecimal(m.group().replace(",", "")).stripTrailingZeros();
                assertTrue(allowed.contains(figure),
                        () -> "figure " + m.group() + " not in input " + a + ": " + e.riskSummary());
                checked++;
            }
        }
        assertTrue(checked > 1000, "the summaries should quote figures, quoted " + checked);
    }

    @Test
    void quotesTheApplicationsDtiAgainstTheLimit() {
        ApplicantProfile a = new ApplicantProfile(350_000.0, 400_000.0, 96_000.0, 1_200.0, 2_576.0, 47.2, 87.5,
                700, 5.0, 20_000.0, 18_000.0, 360, null, null);
        float[] p = new float[ReasonCategory.COUNT];
        p[ReasonCategory.DTI.index()] = 0.91f;
        String summary = explainer.explain(a, p, 75, List.of()).riskSummary();
        assertTrue(summary.contains("Debt-to-income ratio of 47.2% exceeds the 45% limit."), summary);
        assertFalse(summary.contains("75"), "the model's score is not an input figure: " + summary);
    }

    private Set<BigDecimal> allowedFigures(ApplicantProfile a) {
        Set<BigDecimal> s = new HashSet<>();
        for (Number n : new Number[]{a.loanAmount(), a.propertyValue(), a.annualIncome(), a.monthlyDebts(),
                a.monthlyHousingPayment(), a.dtiPercent(), a.ltvPercent(), a.creditScore(), a.yearsEmployed(),
                a.liquidReserves(), a.cashToClose(), a.termMonths()}) {
            if (n != null) {
                s.add(new BigDecimal(n.toString()).stripTrailingZeros());
            }
        }
        CreditLimits l = policy.limits();
        for (double d : new double[]{l.maxDtiPercent(), l.maxLtvPercent(), l.ltvWithoutMiPercent(),
                l.minCreditScore(), l.minEmploymentYears()}) {
            s.add(BigDecimal.valueOf(d).stripTrailingZeros());
        }
        return s;
    }

    private static ApplicantProfile randomProfile(Random r) {
        return new ApplicantProfile(
                Math.round(50_000 + r.nextDouble() * 900_000) * 1.0,
                maybe(r, Math.round(60_000 + r.nextDouble() * 1_000_000) * 1.0),
                maybe(r, Math.round(20_000 + r.nextDouble() * 300_000) * 1.0),
                maybe(r, Math.round(r.nextDouble() * 300_000) / 100.0),
                maybe(r, Math.round(r.nextDouble() * 500_000) / 100.0),
                maybe(r, Math.round(r.nextDouble() * 700) / 10.0),
                maybe(r, Math.round(r.nextDouble() * 1100) / 10.0),
                r.nextInt(5) == 0 ? null : 500 + r.nextInt(330),
                maybe(r, Math.round(r.nextDouble() * 80) / 4.0),
                maybe(r, Math.round(r.nextDouble() * 200_000) * 1.0),
                maybe(r, Math.round(r.nextDouble() * 150_000) * 1.0),
                r.nextBoolean() ? 360 : 180, null,
                maybe(r, r.nextDouble() * 20_000 - 5_000));
    }

    private static Double maybe(Random r, double v) {
        return r.nextInt(6) == 0 ? null : v;
    }
}
