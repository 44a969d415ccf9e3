package com.fintune.interfaces.rest.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fintune.assessment.application.BatchStatus;
import com.fintune.assessment.application.PredictionStatistics;
import com.fintune.assessment.application.RecordedOutcome;
import com.fintune.assessment.infrastructure.cache.CacheHealth;
import com.fintune.interfaces.rest.assessment.BatchPredictionResource;
import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.lang.reflect.RecordComponent;
import com.fintune.modelregistry.application.ModelView;
import com.fintune.modelregistry.domain.ModelStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * The schema-only records of the OpenAPI document have the fields of the records the server really sends, in their
 * order, and every code enum of the document lists exactly the constants of the enum it stands for. A field added
 * to an answer without its schema fails here, not in a client.
 */
class SchemaRecordsTest {

    /** Every code marker and its enum: fintune-ml's ({@link EnumSchemas#STANDS_FOR}) and the registry's. */
    static final Map<Class<?>, Class<? extends Enum<?>>> CODES = codes();

    private static Map<Class<?>, Class<? extends Enum<?>>> codes() {
        Map<Class<?>, Class<? extends Enum<?>>> codes = new HashMap<>(EnumSchemas.STANDS_FOR);
        codes.put(EnumSchemas.ModelStatusCode.class, ModelStatus.class);
        return Map.copyOf(codes);
    }

    @Test
    void theAnswerSchemasHaveTheFieldsOfTheAnswer() {
        assertSameFields(PredictionAnswer.class, AnswerSchema.class);
        assertSameFields(PredictionAnswer.Reason.class, AnswerSchema.Reason.class);
        assertSameFields(PredictionAnswer.Remediation.class, AnswerSchema.Remediation.class);
        assertSameFields(PredictionAnswer.Product.class, AnswerSchema.Product.class);
        assertEquals(Arrays.stream(ReasonCategory.values()).map(Enum::name).toList(),
                names(AnswerSchema.Probabilities.class), "ReasonProbabilities: one property per category");
    }

    @Test
    void theBatchMetricsAndOutcomeSchemasHaveTheFieldsOfWhatIsSent() throws Exception {
        assertSameFields(BatchPredictionResource.Results.class, BatchSchemas.Results.class);
        assertSameFields(BatchStatus.class, BatchSchemas.Status.class);
        assertSameFields(BatchStatus.Failure.class, BatchSchemas.Failure.class);
        assertSameFields(PredictionStatistics.Snapshot.class, MetricsSchema.class);
        assertSameFields(CacheHealth.class, MetricsSchema.Cache.class);
        assertSameFields(RecordedOutcome.class, OutcomeSchemas.Recorded.class);
        assertSameFields(Class.forName("com.fintune.interfaces.rest.assessment.OutcomeRequest"),
                OutcomeSchemas.Request.class);
    }

    @Test
    void theAuditMonitoringAndRetentionSchemasHaveTheFieldsOfWhatIsSent() {
        assertSameFields(com.fintune.audit.anchor.AuditVerification.class, AuditSchemas.Verification.class);
        assertSameFields(com.fintune.audit.anchor.AuditVerification.CheckpointRef.class,
                AuditSchemas.CheckpointRef.class);
        assertSameFields(com.fintune.audit.anchor.Checkpoint.class, AuditSchemas.Checkpoint.class);
        assertSameFields(com.fintune.audit.application.CheckpointOutcome.class, AuditSchemas.Outcome.class);
        assertSameFields(com.fintune.monitoring.service.DriftReport.class, MonitoringSchemas.Drift.class);
        assertSameFields(com.fintune.monitoring.service.DriftReport.Column.class, MonitoringSchemas.DriftColumn.class);
        assertSameFields(com.fintune.monitoring.service.FairLendingReport.class, MonitoringSchemas.FairLending.class);
        assertSameFields(com.fintune.monitoring.service.FairLendingReport.ModelFairness.class,
                MonitoringSchemas.ModelFairness.class);
        assertSameFields(com.fintune.monitoring.service.FairLendingReport.Group.class,
                MonitoringSchemas.FairnessGroup.class);
        assertSameFields(com.fintune.assessment.application.ActivityFigures.Report.class, ActivitySchemas.Report.class);
        assertSameFields(com.fintune.assessment.application.ActivityFigures.Day.class, ActivitySchemas.Day.class);
        assertSameFields(com.fintune.assessment.application.ActivityFigures.Reason.class, ActivitySchemas.Reason.class);
        assertSameFields(com.fintune.assessment.application.ActivityFigures.LatencyBucket.class,
                ActivitySchemas.LatencyBucket.class);
        assertSameFields(com.fintune.notice.application.RetentionOutcome.class, SystemSchemas.Retention.class);
        assertSameFields(com.fintune.notice.application.RetentionOutcome.Removed.class,
                SystemSchemas.RemovedNotice.class);
    }

    @Test
    void theModelRegistrySchemasHaveTheFieldsOfWhatIsSentAndRead() throws Exception {
        assertSameFields(ModelView.class, ModelSchemas.Model.class);
        assertSameFields(ModelView.Lineage.class, ModelSchemas.Lineage.class);
        assertSameFields(ModelView.Figures.class, ModelSchemas.Figures.class);
        assertSameFields(ModelView.Event.class, ModelSchemas.Event.class);
        assertSameFields(ModelView.Routing.class, ModelSchemas.Routing.class);
        assertSameFields(ModelView.ShadowScore.class, ModelSchemas.ShadowScore.class);
        String requests = "com.fintune.interfaces.rest.modelregistry.ModelRequests$";
        assertSameFields(Class.forName(requests + "Registration"), ModelSchemas.Registration.class);
        assertSameFields(Class.forName(requests + "Transition"), ModelSchemas.Promotion.class);
        assertEquals(names(Class.forName(requests + "Transition")).stream().filter(n -> !n.equals("to")).toList(),
                names(ModelSchemas.Retirement.class), "ModelRetirement: a transition without its target");
        assertSameFields(Class.forName(requests + "Routing"), ModelSchemas.RoutingChange.class);
    }

    @Test
    void everyCodeEnumListsTheConstantsOfItsEnum() {
        CODES.forEach((marker, type) -> assertEquals(
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(),
                List.of(marker.getAnnotation(Schema.class).enumeration()),
                marker.getAnnotation(Schema.class).name() + " against " + type.getName()));
    }

    /** Same component names in the same order; an enum is stood for by its marker, a record by its schema. */
    static void assertSameFields(Class<?> sent, Class<?> schema) {
        assertEquals(names(sent), names(schema), schema.getSimpleName() + " against " + sent.getName());
        RecordComponent[] real = sent.getRecordComponents();
        RecordComponent[] described = schema.getRecordComponents();
        for (int i = 0; i < real.length; i++) {
            Class<?> type = real[i].getType();
            Class<?> stated = described[i].getType();
            if (CODES.containsKey(stated)) {
                // a code sent as text or as the enum itself
                assertEquals(true, type == String.class || type == CODES.get(stated),
                        schema.getSimpleName() + "." + real[i].getName());
            } else if (type.isEnum()) {
                assertEquals(String.class, stated, schema.getSimpleName() + "." + real[i].getName() + ": a code");
                Schema codes = field(schema, real[i].getName()).getAnnotation(Schema.class);
                assertEquals(Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList(),
                        codes == null ? List.of() : List.of(codes.enumeration()),
                        schema.getSimpleName() + "." + real[i].getName() + ": the codes of " + type.getName());
            } else if (!stated.isRecord() && !stated.isInterface() && stated != java.util.Map.class) {
                assertEquals(type, stated, schema.getSimpleName() + "." + real[i].getName());
            }
        }
    }

    static java.lang.reflect.Field field(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toList());
    }
}
