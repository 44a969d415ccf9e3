package com.fintune.ml.data.lar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.taxonomy.ReasonCategory;

/**
 * One imported LAR record as a JSON line: uli, lei, dates (ISO), the FinTune application, action taken (HMDA
 * code), decision outcome, HMDA denial codes, denial text, FinTune reasons and demographics.
 */
public final class LarJson {

    private LarJson() {
    }

    public static String toJsonLine(LarApplication a) {
        var mapper = ApplicationFiles.json();
        ObjectNode n = mapper.createObjectNode();
        n.put("uli", a.uli());
        n.put("lei", a.lei());
        n.put("applicationDate", a.applicationDate() == null ? null : a.applicationDate().toString());
        n.put("actionDate", a.actionDate() == null ? null : a.actionDate().toString());
        n.set("application", mapper.valueToTree(a.application()));
        n.put("actionTaken", a.actionTaken().code());
        n.put("outcome", a.decision().outcome().name());
        ArrayNode codes = n.putArray("hmdaDenialCodes");
        a.hmdaDenialCodes().forEach(codes::add);
        n.put("denialText", a.denialText());
        ArrayNode reasons = n.putArray("reasons");
        for (ReasonCategory r : ReasonCategory.values()) {
            if (a.reasons().contains(r)) {
                reasons.add(r.name());
            }
        }
        n.set("demographics", mapper.valueToTree(a.demographics()));
        try {
            return mapper.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a LAR record always serialises", e);
        }
    }
}
