package com.fintune.ml.serving;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.ml.data.ApplicationValidator;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.ValidationException;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the prediction request schema shared by {@code POST /api/v1/predict} and {@code fintune predict}: one JSON
 * object that is either a loan application (the {@link LoanApplication} fields) or {@code {"applicationId": n}}
 * for a stored one. Every problem is a {@link FieldError} naming the field (with its path inside a batch) in the
 * client's words, never a parser's message or a class name. The object is checked field by field against the
 * application's fields, so that every mistake of a request that parses is listed at once (missing, wrong type,
 * unknown code, unknown field), then the ranges; a missing required number says "is required", not "was 0".
 */
public final class ApplicationJson {

    /** What a request asks about: a full application or the id of a stored one. */
    public record Request(LoanApplication application, Long applicationId) {
    }

    /** Read under {@link RequestLimits}: nesting depth, text length and document length are capped. */
    private static final ObjectMapper JSON = RequestLimits.single();
    private static final ObjectReader TREE = JSON.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .withFeatures(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectWriter WRITER = new ObjectMapper()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL).writer();
    /** The application's fields in record order: errors are listed in this order, unknown fields last. */
    private static final Map<String, Class<?>> FIELDS = new LinkedHashMap<>();
    /** Fields that must be present: the primitives (else they read as 0) and the codes without a default. */
    private static final Set<String> REQUIRED = Set.of("loanAmount", "purpose", "product", "termMonths",
            "lienStatus", "occupancy", "propertyType");

    static {
        for (RecordComponent c : LoanApplication.class.getRecordComponents()) {
            FIELDS.put(c.getName(), c.getType());
        }
    }

    private final ApplicationValidator validator = new ApplicationValidator();

    /**
     * The application as JSON that {@link #read(String)} gives back equal: the record's fields by name, codes by
     * name, unreported (null) fields left out. Stored with each prediction so that it can be explained later.
     */
    public static String write(LoanApplication application) {
        try {
            return WRITER.writeValueAsString(application);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an application always has a JSON form", e);
        }
    }

    /** Parses and validates one request given as JSON text. */
    public Request read(String json) {
        if (json == null || json.isBlank()) {
            throw new ValidationException(List.of(new FieldError("body",
                    "is empty: send one JSON object, an application or {\"applicationId\": n}")));
        }
        JsonNode node;
        try {
            node = TREE.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ValidationException(List.of(new FieldError("body", JsonSyntax.describe(e))));
        } catch (java.io.IOException e) {
            throw new ValidationException(List.of(new FieldError("body", "could not be read")));
        }
        return read(node, "");
    }

    /** Parses and validates one request object; {@code prefix} names its place in a batch (e.g. "applications[3]."). */
    public Request read(JsonNode node, String prefix) {
        if (node == null || node.isMissingNode() || !node.isObject()) {
            throw new ValidationException(List.of(new FieldError(prefix.isEmpty() ? "body" : strip(prefix),
                    "must be a JSON object" + (node == null || node.isMissingNode() ? "" : ", not " + kind(node)))));
        }
        JsonNode id = node.get("applicationId");
        if (id != null) {
            if (node.size() != 1 || !id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() < 1) {
                throw new ValidationException(List.of(new FieldError(prefix + "applicationId",
                        "must be a positive whole number, given alone")));
            }
            return new Request(null, id.asLong());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<FieldError> unknown = new ArrayList<>();
        ObjectNode accepted = JSON.createObjectNode();
        node.fields().forEachRemaining(e -> {
            Class<?> type = FIELDS.get(e.getKey());
            if (type == null) {
                unknown.add(new FieldError(prefix + e.getKey(), unknownField(e.getKey())));
                return;
            }
            JsonNode value = e.getValue();
            if (value.isNull()) {
                return;   // the same as leaving it out
            }
            String problem = typeProblem(type, value);
            if (problem != null) {
                errors.put(e.getKey(), problem);
            } else {
                accepted.set(e.getKey(), value);
            }
        });
        for (String field : REQUIRED) {
            if (!errors.containsKey(field) && (node.get(field) == null || node.get(field).isNull())) {
                errors.put(field, "is required");
            }
        }
        LoanApplication application = null;
        if (errors.isEmpty() || !accepted.isEmpty()) {
            try {
                application = JSON.treeToValue(accepted, LoanApplication.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                errors.putIfAbsent("body", "is not an application");
            }
        }
        if (application != null) {
            for (FieldError f : validator.check(application)) {
                errors.putIfAbsent(f.field(), f.message());   // a field already wrong is named once, for its first fault
            }
        }
        if (errors.isEmpty() && unknown.isEmpty()) {
            return new Request(application, null);
        }
        List<String> order = new ArrayList<>(FIELDS.keySet());
        List<FieldError> named = new ArrayList<>();
        errors.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> order.indexOf(e.getKey()) < 0 ? order.size()
                        : order.indexOf(e.getKey())))
                .forEach(e -> named.add(new FieldError(prefix + e.getKey(), e.getValue())));
        named.addAll(unknown);
        throw new ValidationException(named);
    }

    /** Why a JSON value does not fit a field of this type, or null when it does. */
    static String typeProblem(Class<?> type, JsonNode value) {
        if (type == double.class || type == Double.class) {
            if (!value.isNumber()) {
                return "must be a number, not " + kind(value);
            }
            double d = value.doubleValue();
            return Double.isFinite(d) ? null : "is too large a number";
        }
        if (type == int.class || type == Integer.class) {
            if (!value.isNumber()) {
                return "must be a whole number, not " + kind(value);
            }
            if (!value.isIntegralNumber() && value.doubleValue() != Math.rint(value.doubleValue())) {
                return "must be a whole number, not " + value.asText();
            }
            double d = value.doubleValue();
            return d > Integer.MAX_VALUE || d < Integer.MIN_VALUE ? "is too large a number" : null;
        }
        if (type == boolean.class || type == Boolean.class) {
            return value.isBoolean() ? null : "must be true or false, not " + kind(value);
        }
        if (type == String.class) {
            return value.isTextual() ? controlCharacters(value.asText())
                    : "must be text in double quotes, not " + kind(value);
        }
        if (type.isEnum()) {
            String allowed = "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            if (!value.isTextual()) {
                return allowed;
            }
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(value.asText())) {
                    return null;
                }
            }
            return allowed + " (was \"" + shorten(value.asText()) + "\")";
        }
        return null;
    }

    /**
     * Text fields refuse C0 control characters other than tab, line feed and carriage return: they have no place in
     * an application, and stored as JSON each becomes a six-character escape ({@code \\u0001}), which is how 4,000
     * of them in underwriterNotes once overflowed the stored request and ended as a 500. Refused, not stripped, so
     * that what is stored is exactly what the client sent.
     */
    static String controlCharacters(String text) {
        int count = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                if (first < 0) {
                    first = i;
                }
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        return "must not contain control characters (other than tab, line feed and carriage return); found "
                + String.format("%,d", count) + (count == 1 ? ", at character " : ", the first at character ")
                + (first + 1);
    }

    private static String unknownField(String name) {
        for (String known : FIELDS.keySet()) {
            if (known.equalsIgnoreCase(name) || known.equalsIgnoreCase(name.replace("_", ""))) {
                return "is not a field of an application (did you mean " + known + "?)";
            }
        }
        return "is not a field of an application";
    }

    /** A JSON value's kind in the words a client would use. */
    static String kind(JsonNode value) {
        if (value.isTextual()) {
            return "text (\"" + shorten(value.asText()) + "\")";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "an object";
        }
        return "null";
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static String strip(String prefix) {
        return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
