package com.fintune.interfaces.soap;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * A prediction's explanation in XML: the risk score's Shapley contributions, the answer's reasons ranked by
 * contribution (each with its own contributions and Regulation B wording), the key factors and the notes'
 * sentences; the same content as GET /api/v1/predictions/{id}/explanation (docs/api.md).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "explanation")
public class SoapExplanation {

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "contribution")
    public static class Contribution {
        public String group;
        public double value;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "rankedReason")
    public static class RankedReason {
        public int rank;
        public String name;
        public int code;
        public String displayName;
        public double contribution;
        public double probability;
        public int hmdaCode;
        public String noticeText;
        @XmlElement(name = "groupContribution")
        public List<Contribution> contributions = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "noteSentence")
    public static class NoteSentence {
        public String text;
        public int start;
        public int end;
        public double riskEffect;
    }

    public long predictionId;
    public String modelVersion;
    public String method;
    public double riskBase;
    public double riskValue;
    @XmlElement(name = "riskContribution")
    public List<Contribution> riskContributions = new ArrayList<>();
    @XmlElement(name = "principalReason")
    public List<RankedReason> principalReasons = new ArrayList<>();
    @XmlElement(name = "keyFactor")
    public List<Contribution> keyFactors = new ArrayList<>();
    @XmlElement(name = "noteSentence")
    public List<NoteSentence> noteSentences = new ArrayList<>();

    /** From the explanation's JSON (the one form every interface gives). */
    static SoapExplanation of(long predictionId, JsonNode e) {
        SoapExplanation x = new SoapExplanation();
        x.predictionId = predictionId;
        x.modelVersion = e.path("modelVersion").asText();
        x.method = e.path("method").asText();
        x.riskBase = e.path("risk").path("base").asDouble();
        x.riskValue = e.path("risk").path("value").asDouble();
        e.path("risk").path("contributions").forEach(c -> x.riskContributions.add(contribution(c)));
        for (JsonNode r : e.path("principalReasons")) {
            RankedReason reason = new RankedReason();
            reason.rank = r.path("rank").asInt();
            reason.name = r.path("name").asText();
            reason.code = r.path("code").asInt();
            reason.displayName = r.path("displayName").asText();
            reason.contribution = r.path("contribution").asDouble();
            reason.probability = r.path("probability").asDouble();
            reason.hmdaCode = r.path("hmdaCode").asInt();
            reason.noticeText = r.path("noticeText").asText();
            e.path("reasons").path(reason.name).path("contributions")
                    .forEach(c -> reason.contributions.add(contribution(c)));
            x.principalReasons.add(reason);
        }
        e.path("keyFactors").forEach(c -> x.keyFactors.add(contribution(c)));
        for (JsonNode t : e.path("tokens")) {
            NoteSentence s = new NoteSentence();
            s.text = t.path("text").asText();
            s.start = t.path("start").asInt();
            s.end = t.path("end").asInt();
            s.riskEffect = t.path("attribution").asDouble();
            x.noteSentences.add(s);
        }
        return x;
    }

    private static Contribution contribution(JsonNode c) {
        Contribution out = new Contribution();
        out.group = c.path("group").asText();
        out.value = c.path("value").asDouble();
        return out;
    }
}
