package com.fintune.interfaces.console.analysis;

import com.fintune.assessment.application.Channel;
import com.fintune.assessment.application.InvalidApplicationException;
import com.fintune.assessment.application.ModelUnavailableException;
import com.fintune.assessment.application.PredictionReview;
import com.fintune.assessment.application.PredictionService;
import com.fintune.assessment.application.ReviewedPrediction;
import com.fintune.assessment.application.StoredAnswer;
import com.fintune.interfaces.console.ConsoleUser;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.ValidationException;
import com.fintune.ml.serving.ApplicationJson;
import com.fintune.platform.security.Roles;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The Prediction analysis screen: predicts the application in the form (the API's rules, its messages beside each
 * field) or opens a stored prediction by id ({@code analysis.xhtml?id=…}), and shows its answer. The explanation
 * and the final decision have their own beans, which read the prediction shown here.
 */
@Named("analysis")
@ViewScoped
public class AnalysisBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "app";

    @EJB
    transient PredictionService predictions;

    @EJB
    transient PredictionReview review;

    private final ApplicationForm form = new ApplicationForm();
    private String openId;
    private transient ReviewedPrediction shown;

    /** On page load: {@code ?id=} opens that prediction. */
    public void onLoad() {
        if (openId != null && !openId.isBlank() && shown == null) {
            open();
        }
    }

    /** Predicts the form's application (UNDERWRITER only, as the API's POST /predict). */
    public void predict() {
        if (!ConsoleUser.is(Roles.UNDERWRITER)) {
            ConsoleUser.message(null, FacesMessage.SEVERITY_ERROR, "Only underwriters can ask for predictions.");
            return;
        }
        try {
            ApplicationJson.Request request = new ApplicationJson().read(form.toJson());
            StoredAnswer answer = predictions.answer(request, Channel.CONSOLE, ConsoleUser.requestId());
            show(answer.answer().predictionId());
            PrimeFaces.current().ajax().addCallbackParam("predicted", true);
        } catch (ValidationException e) {
            fieldErrors(e.errors());
        } catch (InvalidApplicationException e) {
            fieldErrors(e.errors());
        } catch (ModelUnavailableException e) {
            ConsoleUser.message(null, FacesMessage.SEVERITY_ERROR, "No prediction now: " + e.getMessage());
        } catch (RuntimeException e) {
            ConsoleUser.message(null, FacesMessage.SEVERITY_ERROR, ConsoleUser.incident("predicting", e));
        }
    }

    /** Opens the stored prediction whose id is in the "open" field. */
    public void open() {
        String id = openId == null ? "" : openId.strip();
        if (!id.matches("[1-9][0-9]{0,17}")) {
            ConsoleUser.message("open:predictionId", FacesMessage.SEVERITY_ERROR,
                    "A prediction id is a whole number of 1 or more.");
            return;
        }
        if (show(Long.parseLong(id))) {
            PrimeFaces.current().ajax().addCallbackParam("predicted", true);
        } else {
            ConsoleUser.message("open:predictionId", FacesMessage.SEVERITY_ERROR, "There is no prediction " + id + ".");
        }
    }

    /** Fills the form with a complete example application. */
    public void example() {
        form.example();
    }

    /** Copies the shown prediction's application into the form, to change and predict again. */
    public void copyToForm() {
        if (shown != null && shown.applicationJson() != null) {
            form.fill(shown.applicationJson());
        }
    }

    public void clear() {
        form.clear();
    }

    /** Reloads the prediction shown (after its final decision was recorded). */
    public void reload() {
        if (shown != null) {
            show(shown.predictionId());
        }
    }

    private boolean show(long predictionId) {
        shown = review.open(predictionId, ConsoleUser.viewer()).orElse(null);
        if (shown != null) {
            openId = String.valueOf(predictionId);
        }
        return shown != null;
    }

    private void fieldErrors(List<FieldError> errors) {
        for (FieldError error : errors) {
            FormField field = ApplicationFormLayout.field(error.field());
            if (field == null) {
                ConsoleUser.message(null, FacesMessage.SEVERITY_ERROR, error.field() + ": " + error.message());
            } else {
                ConsoleUser.message(FORM + ":" + field.name(), FacesMessage.SEVERITY_ERROR,
                        field.label() + " " + error.message());
            }
        }
        ConsoleUser.message(null, FacesMessage.SEVERITY_WARN, errors.size() == 1
                ? "One field needs attention; nothing was stored."
                : errors.size() + " fields need attention; nothing was stored.");
        PrimeFaces.current().ajax().addCallbackParam("invalid", true);
    }

    public List<ApplicationFormLayout.Section> getSections() {
        return ApplicationFormLayout.SECTIONS;
    }

    public ApplicationForm getForm() {
        return form;
    }

    public String getOpenId() {
        return openId;
    }

    public void setOpenId(String openId) {
        this.openId = openId;
    }

    /** The prediction on screen, or null. */
    public ReviewedPrediction getShown() {
        return shown;
    }

    public boolean isMayPredict() {
        return ConsoleUser.is(Roles.UNDERWRITER);
    }

    /** The gauge's needle end for the shown risk score: a half circle of radius 80 around (100, 100). */
    public String getNeedle() {
        double risk = shown == null || shown.answer() == null ? 0 : shown.answer().riskScore();
        double angle = Math.PI * (1 - Math.max(0, Math.min(100, risk)) / 100.0);
        return String.format(Locale.US, "%.1f,%.1f", 100 + 72 * Math.cos(angle), 100 - 72 * Math.sin(angle));
    }
}
