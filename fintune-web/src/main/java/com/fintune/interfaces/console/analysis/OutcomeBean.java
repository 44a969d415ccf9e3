package com.fintune.interfaces.console.analysis;

import com.fintune.assessment.application.InvalidOutcomeException;
import com.fintune.assessment.application.OutcomeAlreadyRecordedException;
import com.fintune.assessment.application.OutcomeRules;
import com.fintune.assessment.application.OutcomeService;
import com.fintune.assessment.application.ReviewedPrediction;
import com.fintune.interfaces.console.ConsoleUser;
import com.fintune.ml.data.FieldError;
import com.fintune.platform.security.Roles;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The underwriter's final decision on the prediction shown: APPROVE, DENY or WITHDRAW with a comment. */
@Named("outcome")
@ViewScoped
public class OutcomeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient OutcomeService outcomes;

    @Inject
    AnalysisBean analysis;

    private String decision;
    private String comment;

    public void record() {
        ReviewedPrediction shown = analysis.getShown();
        if (shown == null || !isMayRecord()) {
            return;
        }
        try {
            outcomes.record(shown.predictionId(), decision, comment, ConsoleUser.viewer(), ConsoleUser.requestId())
                    .ifPresentOrElse(o -> {
                        ConsoleUser.message(null, FacesMessage.SEVERITY_INFO, "Final decision recorded.");
                        decision = null;
                        comment = null;
                    }, () -> ConsoleUser.message(null, FacesMessage.SEVERITY_ERROR,
                            "Prediction " + shown.predictionId() + " is no longer there."));
        } catch (InvalidOutcomeException e) {
            for (FieldError error : e.errors()) {
                ConsoleUser.message("outcome:" + error.field(), FacesMessage.SEVERITY_ERROR,
                        (error.field().equals("decision") ? "The decision " : "The comment ") + error.message());
            }
        } catch (OutcomeAlreadyRecordedException e) {
            ConsoleUser.message(null, FacesMessage.SEVERITY_WARN, e.getMessage());
        } catch (RuntimeException e) {
            ConsoleUser.message(null, FacesMessage.SEVERITY_ERROR, ConsoleUser.incident("recording a decision", e));
        }
        analysis.reload();
    }

    public boolean isMayRecord() {
        return ConsoleUser.is(Roles.UNDERWRITER) || ConsoleUser.is(Roles.ADMIN);
    }

    public List<String> getDecisions() {
        return OutcomeRules.DECISIONS;
    }

    public int getMaxComment() {
        return OutcomeRules.MAX_COMMENT;
    }

    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
