package com.fintune.interfaces.console.analysis;

import com.fintune.assessment.application.ExplanationService;
import com.fintune.assessment.application.ExplanationUnavailableException;
import com.fintune.assessment.application.ModelUnavailableException;
import com.fintune.assessment.application.ReviewedPrediction;
import com.fintune.interfaces.console.ConsoleUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The explanation of the prediction on the analysis screen, asked for after the page has shown the answer (it
 * takes a second or two); on failure, the reason in words ("explanation unavailable").
 */
@Named("explanation")
@ViewScoped
public class ExplanationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ExplanationService explanations;

    @Inject
    AnalysisBean analysis;

    private Long explainedId;
    private transient ExplanationView view;
    private String problem;

    /** Computes (or reads the kept) explanation of the prediction shown. */
    public void explain() {
        ReviewedPrediction shown = analysis.getShown();
        if (shown == null) {
            return;
        }
        explainedId = shown.predictionId();
        view = null;
        problem = null;
        try {
            view = explanations.explanation(shown.predictionId(), ConsoleUser.viewer(), ConsoleUser.requestId())
                    .map(ExplanationView::of).orElse(null);
            if (view == null) {
                problem = "There is no prediction " + shown.predictionId() + " to explain.";
            }
        } catch (ExplanationUnavailableException e) {
            problem = e.getMessage();
        } catch (ModelUnavailableException e) {
            problem = "The model cannot explain right now: " + e.getMessage() + " Try again in a minute.";
        } catch (RuntimeException e) {
            problem = ConsoleUser.incident("explaining prediction " + shown.predictionId(), e);
        }
    }

    /** The explanation of the prediction now shown, or null (not asked yet, or unavailable). */
    public ExplanationView getView() {
        return current() ? view : null;
    }

    /** Why there is no explanation, or null. */
    public String getProblem() {
        return current() ? problem : null;
    }

    private boolean current() {
        ReviewedPrediction shown = analysis.getShown();
        return shown != null && Long.valueOf(shown.predictionId()).equals(explainedId);
    }
}
