package com.fintune.interfaces.console.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * What the underwriter typed, field by field, as text; turned into the API's JSON so that the very rules and
 * messages of {@code POST /api/v1/predict} apply. A value that is not a number is sent as text on purpose: the
 * API's reader then says "must be a number, not text (…)" beside the field.
 */
public class ApplicationForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> values = new HashMap<>();

    /** Bound by the page: {@code #{analysis.form.values['loanAmount']}}. */
    public Map<String, String> getValues() {
        return values;
    }

    public void clear() {
        values.clear();
    }

    /** The application as the API's JSON; empty fields are left out. */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        for (FormField field : ApplicationFormLayout.fields()) {
            String raw = values.get(field.name());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String value = field.kind() == FormField.Kind.LONG_TEXT ? raw : raw.strip();
            switch (field.kind()) {
                case NUMBER, WHOLE -> putNumber(node, field.name(), value);
                case YES_NO -> node.put(field.name(), Boolean.parseBoolean(value));
                default -> node.put(field.name(), value);
            }
        }
        return node.toString();
    }

    /** Fills the form from an application's JSON (as stored with a prediction); unknown fields are skipped. */
    public void fill(String applicationJson) {
        values.clear();
        if (applicationJson == null) {
            return;
        }
        try {
            JsonNode node = JSON.readTree(applicationJson);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (ApplicationFormLayout.field(e.getKey()) != null && !e.getValue().isNull()) {
                    values.put(e.getKey(), e.getValue().isNumber()
                            ? e.getValue().decimalValue().stripTrailingZeros().toPlainString()
                            : e.getValue().asText());
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored application is always JSON", e);
        }
    }

    /** A complete example: a purchase at 52 % DTI, over every program's limit. */
    public void example() {
        fill("{\"loanAmount\":320000,\"purpose\":\"PURCHASE\",\"product\":\"CONVENTIONAL\",\"termMonths\":360,"
                + "\"lienStatus\":\"FIRST\",\"occupancy\":\"PRINCIPAL_RESIDENCE\",\"propertyType\":\"SINGLE_FAMILY\","
                + "\"propertyValue\":340000,\"annualIncome\":72000,\"monthlyDebts\":1150,"
                + "\"monthlyHousingPayment\":2000,\"creditScore\":655,\"dtiPercent\":52.4,\"ltvPercent\":94.1,"
                + "\"employmentStatus\":\"SALARIED\",\"yearsEmployed\":4,\"liquidReserves\":9000,"
                + "\"cashToClose\":26000,\"incomeVerified\":true,\"employmentVerified\":true,"
                + "\"underwriterNotes\":\"Employment verified with the employer. DTI over guideline; borrower "
                + "plans to pay off a car loan before closing.\"}");
    }

    /** Numbers as numbers ("320,000" and "$320000" too); anything else as text, for the API to name. */
    private static void putNumber(ObjectNode node, String name, String value) {
        String plain = value.replace(",", "").replace("$", "").replace("%", "").strip();
        try {
            node.put(name, new BigDecimal(plain));
        } catch (NumberFormatException notANumber) {
            node.put(name, value);
        }
    }
}
