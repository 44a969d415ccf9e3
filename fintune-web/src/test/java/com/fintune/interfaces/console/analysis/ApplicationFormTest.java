package com.fintune.interfaces.console.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.ValidationException;
import com.fintune.ml.serving.ApplicationJson;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationFormTest {

    @Test
    void theFormHasEveryFieldOfTheApiApplicationOnce() {
        List<String> api = Arrays.stream(LoanApplication.class.getRecordComponents()).map(RecordComponent::getName)
                .sorted().toList();
        List<String> form = ApplicationFormLayout.fields().stream().map(FormField::name).sorted().toList();
        assertEquals(api, form);
    }

    @Test
    void theExampleIsAValidApplication() {
        ApplicationForm form = new ApplicationForm();
        form.example();
        ApplicationJson.Request request = new ApplicationJson().read(form.toJson());
        assertNotNull(request.application());
        assertEquals(320000, request.application().loanAmount());
    }

    @Test
    void whatIsNotANumberReachesTheApiReaderAsTextSoItsMessagesApply() {
        ApplicationForm form = new ApplicationForm();
        form.example();
        form.getValues().put("loanAmount", "350k");
        form.getValues().put("termMonths", "5");
        form.getValues().put("creditScore", "700.5");
        form.getValues().put("purpose", "");
        ValidationException e = assertThrows(ValidationException.class,
                () -> new ApplicationJson().read(form.toJson()));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("loanAmount", "purpose", "creditScore")), fields.toString());
        assertTrue(e.errors().stream().anyMatch(f -> f.message().equals("must be a number, not text (\"350k\")")),
                e.errors().toString());
    }

    @Test
    void amountsMayBeTypedWithSeparatorsAndTheFormFillsBackFromStoredJson() {
        ApplicationForm form = new ApplicationForm();
        form.example();
        form.getValues().put("loanAmount", "$320,000");
        String json = form.toJson();
        assertTrue(json.contains("\"loanAmount\":320000"), json);
        ApplicationForm again = new ApplicationForm();
        again.fill(ApplicationJson.write(new ApplicationJson().read(json).application()));
        assertEquals("320000", again.getValues().get("loanAmount"));
        assertEquals("true", again.getValues().get("incomeVerified"));
        assertEquals("PRINCIPAL_RESIDENCE", again.getValues().get("occupancy"));
    }
}
