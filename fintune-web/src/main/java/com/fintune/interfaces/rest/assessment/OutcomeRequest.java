package com.fintune.interfaces.rest.assessment;

import com.fintune.interfaces.rest.problem.JsonObjectBody;

import java.util.List;

/**
 * The body of {@code POST /predictions/{id}/outcome}, {@code {"decision": "DENY", "comment": "…"}}, read under the
 * API's JSON limits with field-named errors (unknown fields, wrong types); the decision's and comment's own rules
 * are the service's ({@code OutcomeRules}).
 */
record OutcomeRequest(String decision, String comment) {

    static OutcomeRequest read(String body) {
        JsonObjectBody f = new JsonObjectBody(body, List.of("decision", "comment"), "a final decision",
                "{\"decision\": \"APPROVE\" | \"DENY\" | \"WITHDRAW\", \"comment\": \"…\"}");
        return f.done(new OutcomeRequest(f.text("decision"), f.text("comment")));
    }
}
