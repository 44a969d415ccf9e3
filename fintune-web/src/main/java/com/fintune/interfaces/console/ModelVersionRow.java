package com.fintune.interfaces.console;

import com.fintune.interfaces.console.evaluation.Figure;
import com.fintune.modelregistry.domain.HeadlineFigures;
import com.fintune.modelregistry.domain.ModelVersion;
import com.fintune.modelregistry.domain.RecordedEvaluation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * One row of the model registry table: a MODEL_VERSIONS entry with the headline figures of its evaluation, blank
 * where it has none.
 *
 * @param evaluation "" when the figures are shown, otherwise why there are none
 */
public record ModelVersionRow(String version, String status, String createdAt, String activatedAt,
                              String artifactPath, String macroF1, String riskMae, String principalTop1,
                              String minimumAir, String evaluation, boolean serving) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    static ModelVersionRow of(ModelVersion v, boolean serving) {
        Optional<HeadlineFigures> figures;
        String evaluation = "";
        try {
            figures = RecordedEvaluation.headline(v.getMetricsJson());
            if (figures.isEmpty()) {
                evaluation = "no evaluation registered";
            }
        } catch (IllegalArgumentException e) {
            figures = Optional.empty();
            evaluation = e.getMessage();
        }
        return new ModelVersionRow(v.getVersion(), v.getStatus().name(), time(v.getCreatedAt()),
                time(v.getActivatedAt()), v.getArtifactPath(),
                figures.map(f -> Figure.ratio(f.macroF1())).orElse(""),
                figures.map(f -> Figure.riskPoints(f.riskMae())).orElse(""),
                figures.map(f -> Figure.ratio(f.principalTop1())).orElse(""),
                figures.map(f -> Figure.ratio(f.minimumAdverseImpactRatio())).orElse(""), evaluation, serving);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
