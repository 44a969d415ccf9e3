package com.fintune.ml.data.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.data.LoanApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The risk label moves the right way when one field of a file is made worse, all else equal, on many files. */
class RiskMonotonicityTest {

    private static final RiskModel RISK = new RiskModel();
    private static final List<Draft> DRAFTS = new ArrayList<>();

    @BeforeAll
    static void sample() {
        ApplicationSampler sampler = new ApplicationSampler();
        for (int i = 0; i < 5000; i++) {
            DRAFTS.add(sampler.sample(new Random(1000 + i)));
        }
    }

    private static void assertRises(String field, UnaryOperator<LoanApplication> change) {
        int checked = 0;
        for (Draft d : DRAFTS) {
            LoanApplication worse = change.apply(d.application());
            if (worse == null) {
                continue;
            }
            double before = RISK.riskIndex(d);
            double after = RISK.riskIndex(new Draft(worse, d.events(), d.bankruptcyYearsAgo(), d.foreclosureYearsAgo()));
            assertTrue(after > before, field + ": risk " + before + " -> " + after + " for " + d.application());
            checked++;
        }
        assertTrue(checked > 4000, field + " checked on " + checked + " files");
    }

    @Test
    void higherDtiRaisesRisk() {
        assertRises("DTI +5", a -> a.toBuilder().dtiPercent(a.dtiPercent() + 5).build());
    }

    @Test
    void higherLtvRaisesRisk() {
        assertRises("LTV and CLTV +5", a -> a.toBuilder().ltvPercent(a.ltvPercent() + 5)
                .cltvPercent(a.cltvPercent() + 5).build());
    }

    @Test
    void lowerScoreRaisesRisk() {
        assertRises("score -20", a -> a.creditScore() == null ? null
                : a.toBuilder().creditScore(a.creditScore() - 20).build());
    }

    @Test
    void lowerIncomeRaisesRisk() {
        assertRises("income x0.8", a -> a.toBuilder().annualIncome(a.annualIncome() * 0.8).build());
    }
}
