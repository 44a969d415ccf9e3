package com.fintune.interfaces.soap;

import com.fintune.ml.serving.PredictionAnswer;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** The answer in XML, field for field the JSON answer of POST /predict. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "prediction")
public class SoapPrediction {

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "reason")
    public static class Reason {
        public int rank;
        public int code;
        public String name;
        public String displayName;
        public double probability;
        public int hmdaCode;
        public String noticeText;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "probability")
    public static class Probability {
        public String category;
        public double value;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "recommendation")
    public static class Recommendation {
        public String reason;
        public String action;
        public String targetName;
        public Double targetValue;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "product")
    public static class Product {
        public String code;
        public String name;
        public String loanType;
    }

    public Long predictionId;
    public Long applicationId;
    public String modelVersion;
    public String decision;
    public double riskScore;
    @XmlElement(name = "reason")
    public List<Reason> reasons = new ArrayList<>();
    @XmlElement(name = "probability")
    public List<Probability> probabilities = new ArrayList<>();
    public String riskSummary;
    @XmlElement(name = "recommendation")
    public List<Recommendation> recommendations = new ArrayList<>();
    @XmlElement(name = "alternativeProduct")
    public List<Product> alternativeProducts = new ArrayList<>();
    public double latencyMs;
    public boolean cached;

    static SoapPrediction of(PredictionAnswer a) {
        SoapPrediction p = new SoapPrediction();
        p.predictionId = a.predictionId();
        p.applicationId = a.applicationId();
        p.modelVersion = a.modelVersion();
        p.decision = a.decision();
        p.riskScore = a.riskScore();
        for (PredictionAnswer.Reason r : a.reasons()) {
            Reason x = new Reason();
            x.rank = r.rank();
            x.code = r.code();
            x.name = r.name();
            x.displayName = r.displayName();
            x.probability = r.probability();
            x.hmdaCode = r.hmdaCode();
            x.noticeText = r.noticeText();
            p.reasons.add(x);
        }
        a.probabilities().forEach((category, value) -> {
            Probability x = new Probability();
            x.category = category;
            x.value = value;
            p.probabilities.add(x);
        });
        p.riskSummary = a.riskSummary();
        for (PredictionAnswer.Remediation r : a.recommendations()) {
            Recommendation x = new Recommendation();
            x.reason = r.reason();
            x.action = r.action();
            x.targetName = r.targetName();
            x.targetValue = r.targetValue();
            p.recommendations.add(x);
        }
        for (PredictionAnswer.Product r : a.alternativeProducts()) {
            Product x = new Product();
            x.code = r.code();
            x.name = r.name();
            x.loanType = r.loanType();
            p.alternativeProducts.add(x);
        }
        p.latencyMs = a.latencyMs();
        p.cached = a.cached();
        return p;
    }
}
