package com.fintune.ml.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.eval.Evaluation;
import com.fintune.ml.eval.EvaluationInput;
import com.fintune.ml.eval.EvaluationJson;
import com.fintune.ml.eval.EvaluationReport;
import com.fintune.ml.eval.Evaluator;
import com.fintune.ml.eval.robustness.CaseKind;
import com.fintune.ml.eval.robustness.CaseResult;
import com.fintune.ml.eval.robustness.RobustnessEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {
    private static final List<String> NAMES = List.of("DTI", "CASH");

    static Evaluation sample(String model, double shift) {
        double[][] p = {{0.9 - shift, 0.1}, {0.2, 0.8}, {0.1, 0.2}, {0.6, 0.7 - shift}};
        boolean[][] t = {{true, false}, {false, true}, {false, false}, {true, true}};
        EvaluationInput in = new EvaluationInput(p, t, new int[]{0, 1, -1, 1}, new double[]{80, 60, 10, 90},
                new double[]{75, 65, 12, 85}, new boolean[]{true, true, false, true},
                new boolean[]{false, false, true, false},
                Map.of("sex", new String[]{"Male", "Female", "Male", "Female"}));
        return new Evaluator(NAMES, 0.5, Map.of("sex", "Male")).evaluate(model, in);
    }

    @Test
    void writesReportChartsAndJsonThatReadsBack(@TempDir Path dir) throws Exception {
        EvaluationReport report = new EvaluationReport("m", "seed 7", sample("encoder", 0), sample("baseline", 0.5),
                null);
        String md = MarkdownReport.write(dir.resolve("report.md"), dir.resolve("charts"), report);
        assertTrue(md.contains("![F1 per reason](charts/category-f1.svg)"), md);
        assertTrue(md.contains("| macro-F1 | 1.0000 |"), md);
        for (String svg : List.of(MarkdownReport.F1_SVG, MarkdownReport.RELIABILITY_SVG,
                MarkdownReport.CONFUSION_SVG)) {
            Path file = dir.resolve("charts").resolve(svg);
            assertEquals("svg", DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                    .getDocumentElement().getTagName());
        }
        EvaluationJson.write(dir.resolve("evaluation.json"), report);
        EvaluationReport back = EvaluationJson.read(dir.resolve("evaluation.json"));
        assertEquals(report.encoder().reasons().macroF1(), back.encoder().reasons().macroF1(), 0);
        assertEquals(report.baseline().risk().mae(), back.baseline().risk().mae(), 0);
        assertEquals(report.encoder().principal().confusion()[2][2], back.encoder().principal().confusion()[2][2]);
        assertTrue(Files.readString(dir.resolve("evaluation.json")).contains("\"denialAuc\""));
    }

    @Test
    void theRobustnessSectionAndTargetsFollowTheFiguresAndReadBack(@TempDir Path dir) throws Exception {
        List<CaseResult> results = List.of(
                new CaseResult("b1", CaseKind.BENIGN, "base", "VOE in file.", "APPROVE", "APPROVE", true),
                new CaseResult("b2", CaseKind.BENIGN, "base", "W-2s | transcripts match.", "APPROVE",
                        "REFER; top UNVERIFIABLE 0.961", false),
                new CaseResult("n1", CaseKind.NEGATION, "base", "No lates.", "APPROVE", "APPROVE", true),
                new CaseResult("p1", CaseKind.PARAPHRASE, "base", "Ch 7 14 months ago.", "DEROGATORY ranked first",
                        "DEROGATORY 0.9 ranked 1", true),
                new CaseResult("x1", CaseKind.PROTECTED, "base", "Borrower is 70. VOE in file.", "nothing moves",
                        "largest shift 0.000", true));
        RobustnessEvaluation r = RobustnessEvaluation.of("hand-written", results);
        assertEquals(5, r.cases());
        assertEquals(4, r.passed());
        assertEquals(0.8, r.passRate(), 1e-12);
        assertEquals(0.5, r.kind(CaseKind.BENIGN).passRate(), 1e-12);
        assertEquals(List.of("b2"), r.failures().stream().map(CaseResult::id).toList());
        EvaluationReport report = new EvaluationReport("m", "seed 7", sample("encoder", 0), null, null)
                .withRobustness(r);
        String md = MarkdownReport.write(dir.resolve("report.md"), dir.resolve("charts"), report);
        assertTrue(md.contains("4 of 5 cases pass (80.0 %)"), md);
        assertTrue(md.contains("| benign remark | APPROVE, no reason ≥ 0.5 | 2 | 1 | 50.0 % |"), md);
        assertTrue(md.contains("| b2 | benign remark | W-2s \\| transcripts match. |"), md);
        assertTrue(md.contains("| robustness: benign and negated notes APPROVE | all | 2 of 3 | **no** |"), md);
        assertTrue(md.contains("| robustness: protected insertions move nothing | all | 1 of 1 | yes |"), md);
        EvaluationJson.write(dir.resolve("evaluation.json"), report);
        assertEquals(r, EvaluationJson.read(dir.resolve("evaluation.json")).robustness());
        assertEquals(null, EvaluationJson.read(dir.resolve("evaluation.json")).baseline());
    }
}
