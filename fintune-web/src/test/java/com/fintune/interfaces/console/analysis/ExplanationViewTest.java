package com.fintune.interfaces.console.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExplanationViewTest {

    static final String JSON = """
            {"reference":{"groups":[{"group":"DEBTS","label":"Debts and debt-to-income ratio"},
              {"group":"INCOME","label":"Income"}]},
             "risk":{"base":2.0,"value":40.0,"contributions":[{"group":"INCOME","value":-2.0},{"group":"DEBTS","value":40.0}]},
             "principalReasons":[{"rank":1,"displayName":"Debt-to-income ratio","probability":0.9,"contribution":0.85,
               "hmdaCode":1,"noticeText":"Excessive obligations in relation to income"}],
             "tokens":[{"text":"DTI over guideline.","attribution":3.0},{"text":"Paid off a card.","attribution":-1.0}],
             "counterfactuals":{"found":[{"action":"Borrow $40,000 less.","changes":[{"field":"loanAmount","from":320000,
               "to":280000}],"riskScore":12.5,"cost":40000,"costMeasure":"dollars less borrowed"}],"note":null},
             "check":{"elapsedMillis":1500.0}}""";

    @Test
    void theWaterfallRunsFromTheBaseByLargestEffectToTheValue() {
        ExplanationView view = ExplanationView.of(JSON);
        assertEquals(2, view.waterfall().size());
        ExplanationView.WaterfallStep first = view.waterfall().get(0);
        assertEquals("Debts and debt-to-income ratio", first.label());
        assertEquals(2.0, first.from());
        assertEquals(42.0, first.to());
        assertEquals("+40.0", first.getSigned());
        ExplanationView.WaterfallStep second = view.waterfall().get(1);
        assertEquals(40.0, second.to(), 1e-9);
        assertTrue(!second.isRaises() && second.getLeftPercent() == 40.0);
    }

    @Test
    void sentencesCounterfactualsAndReasonsAreReadAsGiven() {
        ExplanationView view = ExplanationView.of(JSON);
        assertTrue(view.sentences().get(0).getStyle().startsWith("background-color: rgba(220, 38, 38"));
        assertTrue(view.sentences().get(1).getTitle().startsWith("lowers the risk score by 1.00"));
        assertEquals(1, view.counterfactuals().size());
        assertEquals("Loan amount: 320,000 → 280,000", view.counterfactuals().get(0).changes().get(0));
        assertEquals("$40,000 (dollars less borrowed)", view.counterfactuals().get(0).cost());
        assertEquals("Excessive obligations in relation to income", view.reasons().get(0).noticeText());
    }
}
