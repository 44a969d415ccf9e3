package com.fintune.interfaces.rest.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.ValidationException;
import com.fintune.ml.serving.ApplicationJson;
import com.fintune.ml.serving.PredictExample;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * The LoanApplication schema says what the request reader and ApplicationValidator do: the same fields, required
 * exactly where leaving a field out is refused, and each minimum, maximum, pattern and length accepted at its edge
 * and refused past it. Every check starts from the documented example application.
 */
class ApplicationSchemaTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSchemaHasTheApplicationsFields() {
        SchemaRecordsTest.assertSameFields(LoanApplication.class, ApplicationSchema.class);
    }

    @Test
    void requiredIsExactlyWhatTheReaderRequires() throws Exception {
        for (RecordComponent c : ApplicationSchema.class.getRecordComponents()) {
            ObjectNode request = example();
            request.remove(c.getName());
            boolean refused = errors(request).stream()
                    .anyMatch(e -> e.field().equals(c.getName()) && e.message().equals("is required"));
            assertEquals(schema(c).required(), refused, c.getName() + ": required in the schema, refused when left out");
        }
    }

    @Test
    void everyRangeIsTheValidatorsRange() throws Exception {
        int ranges = 0;
        for (RecordComponent c : ApplicationSchema.class.getRecordComponents()) {
            Schema s = schema(c);
            if (s.minimum().isEmpty() && s.maximum().isEmpty()) {
                continue;
            }
            ranges++;
            boolean whole = c.getType() == int.class || c.getType() == Integer.class;
            double step = whole ? 1 : 0.01;
            double min = Double.parseDouble(s.minimum());
            double max = Double.parseDouble(s.maximum());
            assertAccepted(c.getName(), number(min, whole), true);
            assertAccepted(c.getName(), number(max, whole), true);
            assertAccepted(c.getName(), number(min - step, whole), false);
            assertAccepted(c.getName(), number(max + step, whole), false);
        }
        assertEquals(18, ranges, "fields with a documented range");
    }

    @Test
    void patternsAndLengthsAreTheValidatorsRules() throws Exception {
        assertAccepted("state", JSON.getNodeFactory().textNode("OH"), true);
        assertAccepted("state", JSON.getNodeFactory().textNode("Ohio"), false);
        assertAccepted("county", JSON.getNodeFactory().textNode("39049"), true);
        assertAccepted("county", JSON.getNodeFactory().textNode("3904"), false);
        int max = schema(ApplicationSchema.class.getRecordComponents()[31]).maxLength();
        assertEquals("underwriterNotes", ApplicationSchema.class.getRecordComponents()[31].getName());
        assertAccepted("underwriterNotes", JSON.getNodeFactory().textNode("a".repeat(max)), true);
        assertAccepted("underwriterNotes", JSON.getNodeFactory().textNode("a".repeat(max + 1)), false);
    }

    private static void assertAccepted(String field, com.fasterxml.jackson.databind.JsonNode value, boolean accepted)
            throws Exception {
        ObjectNode request = example();
        request.set(field, value);
        // the combined-LTV rule compares two fields: leave the other one out while one is probed
        request.remove(field.equals("ltvPercent") ? "cltvPercent" : field.equals("cltvPercent") ? "ltvPercent" : "");
        boolean refused = errors(request).stream().anyMatch(e -> e.field().equals(field));
        assertEquals(accepted, !refused, field + " = " + value);
    }

    private static com.fasterxml.jackson.databind.JsonNode number(double v, boolean whole) {
        return whole ? JSON.getNodeFactory().numberNode((long) v) : JSON.getNodeFactory().numberNode(v);
    }

    private static List<FieldError> errors(ObjectNode request) {
        try {
            new ApplicationJson().read(request, "");
            return List.of();
        } catch (ValidationException e) {
            return new ArrayList<>(e.errors());
        }
    }

    private static ObjectNode example() throws Exception {
        return (ObjectNode) JSON.readTree(PredictExample.request());
    }

    /** The field's annotation (record components pass it on to their fields), or the defaults of a plain one. */
    private static Schema schema(RecordComponent c) {
        try {
            Schema s = ApplicationSchema.class.getDeclaredField(c.getName()).getAnnotation(Schema.class);
            return s != null ? s : Plain.class.getAnnotation(Schema.class);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    /** The annotation of a field that has none: nothing required, no range. */
    @Schema
    private interface Plain {
    }
}
