package com.fintune.ml.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.eval.Evaluation;
import com.fintune.ml.eval.EvaluationInput;
import com.fintune.ml.eval.EvaluationJson;
import com.fintune.ml.eval.EvaluationReport;
import com.fintune.ml.eval.Evaluator;
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
}
