package com.fintune.interfaces.console.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.ml.eval.CategoryScore;
import com.fintune.ml.eval.EvaluationJson;
import com.fintune.ml.eval.EvaluationReport;
import com.fintune.ml.eval.GroupFairness;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Training screen's tables and chart, built from the shipped model's real evaluation.json. */
class EvaluationViewTest {

    static EvaluationReport shipped;

    @BeforeAll
    static void readShippedEvaluation() throws Exception {
        shipped = EvaluationJson.read(Path.of(System.getProperty("fintune.repo", ".."), "models", "fintune-default",
                "evaluation.json"));
    }

    @Test
    void summaryHasEveryMetricForEncoderBaselineAndNoiseCeiling() {
        List<SummaryRow> rows = SummaryRow.of(shipped);

        assertEquals(8, rows.size());
        SummaryRow macro = rows.get(0);
        assertEquals("Denial reasons: macro-F1", macro.metric());
        assertEquals(Figure.ratio(shipped.encoder().reasons().macroF1()), macro.encoder());
        assertEquals(Figure.ratio(shipped.baseline().reasons().macroF1()), macro.baseline());
        assertEquals(Figure.ratio(shipped.noiseCeiling().reasons().macroF1()), macro.noiseCeiling());
        SummaryRow mae = rows.stream().filter(r -> r.metric().startsWith("Risk score: MAE")).findFirst().orElseThrow();
        assertEquals(Figure.riskPoints(shipped.encoder().risk().mae()), mae.encoder());
        assertEquals(SummaryRow.NOT_APPLICABLE, mae.noiseCeiling(), "the policy has no risk score of its own");
        assertEquals(SummaryRow.NOT_APPLICABLE, rows.get(rows.size() - 1).noiseCeiling());
        for (SummaryRow row : rows) {
            assertFalse(row.encoder().isEmpty(), row.metric() + " has no encoder figure");
        }
    }

    @Test
    void aReportWithoutBaselineOrCeilingLeavesThoseColumnsBlank() {
        EvaluationReport encoderOnly = new EvaluationReport("m", "t", shipped.encoder(), null, null);

        for (SummaryRow row : SummaryRow.of(encoderOnly)) {
            assertEquals("", row.baseline());
            assertEquals("", row.noiseCeiling());
        }
        assertTrue(ReasonRow.of(encoderOnly).stream().allMatch(r -> r.baselineF1().isEmpty()));
        assertEquals(1, datasets(ReasonF1Chart.json(encoderOnly)).size());
    }

    @Test
    void perReasonRowsPairTheEncoderWithTheBaselineByCategory() {
        List<ReasonRow> rows = ReasonRow.of(shipped);
        List<CategoryScore> encoder = shipped.encoder().reasons().perCategory();

        assertEquals(encoder.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CategoryScore e = encoder.get(i);
            CategoryScore b = shipped.baseline().reasons().perCategory().stream()
                    .filter(c -> c.category().equals(e.category())).findFirst().orElseThrow();
            assertEquals(e.category(), rows.get(i).category());
            assertEquals(e.support(), rows.get(i).support());
            assertEquals(Figure.ratio(e.f1()), rows.get(i).f1());
            assertEquals(Figure.ratio(b.f1()), rows.get(i).baselineF1());
        }
    }

    @Test
    void fairLendingRowsFollowTheEncodersGroupsAndFlagTheFourFifthsRule() {
        List<GroupFairness> groups = shipped.encoder().fairLending().groups();
        List<FairnessRow> rows = FairnessRow.of(shipped.encoder().fairLending(), shipped.noiseCeiling().fairLending());
        List<GroupFairness> policy = shipped.noiseCeiling().fairLending().groups();

        assertEquals(groups.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(groups.get(i).group(), rows.get(i).group());
            assertEquals(groups.get(i).control(), rows.get(i).control());
            assertEquals(Figure.ratio(groups.get(i).adverseImpactRatio()), rows.get(i).air());
            assertEquals(groups.get(i).adverseImpactRatio() < 0.8, rows.get(i).belowFourFifths());
            GroupFairness g = groups.get(i);
            GroupFairness p = policy.stream().filter(x -> x.dimension().equals(g.dimension())
                    && x.group().equals(g.group())).findFirst().orElseThrow();
            assertEquals(Figure.ratio(p.adverseImpactRatio()), rows.get(i).policyAir());
        }
        assertTrue(FairnessRow.of(null, null).isEmpty());
        assertTrue(FairnessRow.of(shipped.encoder().fairLending(), null).stream()
                .allMatch(r -> r.policyAir().isEmpty()));
    }

    @Test
    void chartIsABarChartOfF1PerReasonEncoderBesideBaseline() throws Exception {
        JsonNode chart = EvaluationJson.mapper().readTree(ReasonF1Chart.json(shipped));
        List<CategoryScore> encoder = shipped.encoder().reasons().perCategory();

        assertEquals("bar", chart.get("type").asText());
        assertEquals(encoder.size(), chart.at("/data/labels").size());
        JsonNode sets = chart.at("/data/datasets");
        assertEquals(2, sets.size());
        for (int i = 0; i < encoder.size(); i++) {
            assertEquals(encoder.get(i).category(), chart.at("/data/labels").get(i).asText());
            assertEquals(encoder.get(i).f1(), sets.get(0).get("data").get(i).asDouble(), 5e-4);
        }
        assertEquals("Encoder: " + shipped.encoder().model(), sets.get(0).get("label").asText());
        assertEquals("Baseline: " + shipped.baseline().model(), sets.get(1).get("label").asText());
    }

    @Test
    void missingFiguresAreBlank() {
        assertEquals("", Figure.ratio(Double.NaN));
        assertEquals("", Figure.riskPoints(Double.POSITIVE_INFINITY));
        assertEquals("0.900", Figure.ratio(0.9));
        assertEquals("55.6 %", Figure.percent(0.5563));
    }

    private static JsonNode datasets(String chartJson) {
        try {
            return EvaluationJson.mapper().readTree(chartJson).at("/data/datasets");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
