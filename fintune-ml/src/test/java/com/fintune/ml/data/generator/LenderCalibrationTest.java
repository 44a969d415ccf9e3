package com.fintune.ml.data.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lender against the HMDA figures it is calibrated to (shared/calibration/hmda-outcomes.md, docs/data.md):
 * denial rates by purpose, the reason mix among denials, and a risk label that agrees with the credit decisions.
 * Prints the figures that docs/data.md quotes.
 */
class LenderCalibrationTest {

    private static final int COUNT = 20_000;
    private static List<GeneratedCase> cases;

    @BeforeAll
    static void generate() {
        cases = new SyntheticLender(GeneratorOptions.withSeed(42)).generateCases(COUNT);
    }

    private static boolean denied(GeneratedCase c) {
        return !c.policyReasons().isEmpty();
    }

    private static boolean creditHistory(GeneratedCase c) {
        Set<ReasonCategory> r = c.policyReasons();
        return r.contains(ReasonCategory.DELINQUENCY) || r.contains(ReasonCategory.DEROGATORY);
    }

    private static double share(List<GeneratedCase> of, Predicate<GeneratedCase> p) {
        return of.stream().filter(p).count() / (double) of.size();
    }

    @Test
    void denialRatesFollowHmdaByPurpose() {
        Map<LoanPurpose, List<GeneratedCase>> byPurpose = new EnumMap<>(LoanPurpose.class);
        for (GeneratedCase c : cases) {
            byPurpose.computeIfAbsent(c.labeled().application().purpose(), k -> new ArrayList<>()).add(c);
        }
        double overall = share(cases, LenderCalibrationTest::denied);
        System.out.printf(Locale.ROOT, "denial rate (policy) overall %.3f%n", overall);
        byPurpose.forEach((p, cs) -> System.out.printf(Locale.ROOT, "  %-20s %5d files, denied %.3f%n", p, cs.size(),
                share(cs, LenderCalibrationTest::denied)));
        assertTrue(overall >= 0.15 && overall <= 0.25, "overall " + overall);
        assertBand(byPurpose, LoanPurpose.PURCHASE, 0.10, 0.155);
        assertBand(byPurpose, LoanPurpose.REFINANCE, 0.24, 0.31);
        assertBand(byPurpose, LoanPurpose.CASH_OUT_REFINANCE, 0.24, 0.31);
        assertBand(byPurpose, LoanPurpose.HOME_IMPROVEMENT, 0.34, 0.46);
    }

    private static void assertBand(Map<LoanPurpose, List<GeneratedCase>> by, LoanPurpose p, double lo, double hi) {
        double rate = share(by.get(p), LenderCalibrationTest::denied);
        assertTrue(rate >= lo && rate <= hi, p + " denial rate " + rate + " outside " + lo + ".." + hi);
    }

    @Test
    void dtiLeadsThenCreditHistoryThenCollateral() {
        List<GeneratedCase> denials = cases.stream().filter(LenderCalibrationTest::denied).toList();
        double dti = share(denials, c -> c.policyReasons().contains(ReasonCategory.DTI));
        double credit = share(denials, LenderCalibrationTest::creditHistory);
        double collateral = share(denials, c -> c.policyReasons().contains(ReasonCategory.COLLATERAL));
        System.out.printf(Locale.ROOT, "share of denials listing: DTI %.3f, credit history %.3f, collateral %.3f%n",
                dti, credit, collateral);
        for (ReasonCategory r : ReasonCategory.values()) {
            System.out.printf(Locale.ROOT, "  %-20s %.3f of denials%n", r, share(denials, c -> c.policyReasons().contains(r)));
        }
        assertTrue(dti >= 0.28 && dti <= 0.40, "DTI share " + dti);
        assertTrue(dti > credit && credit > collateral, dti + " / " + credit + " / " + collateral);
        for (ReasonCategory r : ReasonCategory.values()) {
            if (r != ReasonCategory.DTI && r != ReasonCategory.DELINQUENCY && r != ReasonCategory.DEROGATORY) {
                assertTrue(share(denials, c -> c.policyReasons().contains(r)) <= collateral + 0.01, r + " above collateral");
            }
        }
        List<GeneratedCase> homeImprovement = denials.stream()
                .filter(c -> c.labeled().application().purpose() == LoanPurpose.HOME_IMPROVEMENT).toList();
        double hiCredit = share(homeImprovement, LenderCalibrationTest::creditHistory);
        double hiDti = share(homeImprovement, c -> c.policyReasons().contains(ReasonCategory.DTI));
        System.out.printf(Locale.ROOT, "home improvement denials: credit history %.3f, DTI %.3f%n", hiCredit, hiDti);
        assertTrue(hiCredit > hiDti, "home improvement's top reason must be credit history");
    }

    @Test
    void riskAgreesWithCreditDecisions() {
        List<Double> credit = new ArrayList<>();
        List<Double> clean = new ArrayList<>();
        List<double[]> scored = new ArrayList<>();
        for (GeneratedCase c : cases) {
            double risk = c.labeled().riskTarget();
            scored.add(new double[] {risk, creditHistory(c) ? 1 : 0});
            if (creditHistory(c)) {
                credit.add(risk);
            } else if (!denied(c)) {
                clean.add(risk);
            }
        }
        double auc = auc(scored);
        double creditMedian = median(credit);
        double cleanMedian = median(clean);
        List<double[]> allDenials = cases.stream().map(c -> new double[] {c.labeled().riskTarget(), denied(c) ? 1 : 0})
                .collect(ArrayList::new, List::add, List::addAll);
        System.out.printf(Locale.ROOT, "risk: AUC vs own credit denials %.4f (vs all denials %.4f); median credit "
                + "denial %.1f, approvable %.1f; noise ceiling macro-F1 %.4f%n", auc, auc(allDenials), creditMedian,
                cleanMedian, NoiseCeiling.of(cases).macroF1());
        assertTrue(auc >= 0.90, "AUC " + auc);
        assertTrue(creditMedian > 70, "credit denials' median " + creditMedian);
        assertTrue(cleanMedian < 30, "approvable files' median " + cleanMedian);
        assertTrue(credit.size() > 500 && clean.size() > 10_000, credit.size() + " credit denials, " + clean.size());
    }

    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        return v.get(v.size() / 2);
    }

    /** Area under the ROC curve of score[0] for label score[1] (ties share ranks). */
    static double auc(List<double[]> scored) {
        List<double[]> s = new ArrayList<>(scored);
        s.sort((a, b) -> Double.compare(a[0], b[0]));
        double rankSum = 0;
        long positives = 0;
        for (int i = 0; i < s.size(); ) {
            int j = i;
            while (j < s.size() && s.get(j)[0] == s.get(i)[0]) {
                j++;
            }
            double rank = (i + j + 1) / 2.0;
            for (int k = i; k < j; k++) {
                if (s.get(k)[1] == 1) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j;
        }
        long negatives = s.size() - positives;
        return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }
}
