package com.fintune.interfaces.console.predictions;

import com.fintune.assessment.application.StoredPredictions;
import com.fintune.assessment.application.Viewer;
import com.fintune.assessment.domain.PredictionListRow;
import com.fintune.platform.security.Roles;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /predictions.csv?from=&to=&decision=&reason=&modelVersion=&submittedBy=&finalDecision=}: the
 * Predictions screen's rows as CSV (RFC 4180, UTF-8), newest first, at most {@link StoredPredictions#MAX_ROWS}.
 * Behind the console's sign-in like every page; an INTEGRATION account sees only its own, as everywhere.
 */
@WebServlet("/predictions.csv")
public class PredictionsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "predictionId,assessedAt,decision,riskScore,reasons,finalDecision,submittedBy,"
            + "channel,modelVersion,applicationId";

    @EJB
    transient StoredPredictions stored;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ListFilterForm form = ListFilterForm.fromParameters(request::getParameter);
        List<PredictionListRow> rows = stored.rows(form.filter(), 0, StoredPredictions.MAX_ROWS, viewer(request));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"fintune-predictions.csv\"");
        PrintWriter out = response.getWriter();
        out.print(HEADER + "\r\n");
        for (PredictionListRow r : rows) {
            out.print(String.join(",", String.valueOf(r.predictionId()), String.valueOf(r.assessedAt()),
                    cell(r.decision()), r.riskScore() == null ? "" : r.riskScore().toPlainString(),
                    cell(r.topReasons() == null ? "" : r.topReasons().replace(',', ' ')), cell(r.finalDecision()),
                    cell(r.submittedBy()), cell(r.channel()), cell(r.modelVersion()),
                    r.applicationId() == null ? "" : String.valueOf(r.applicationId())) + "\r\n");
        }
    }

    private static Viewer viewer(HttpServletRequest request) {
        Set<String> roles = new HashSet<>();
        for (String role : new String[] {Roles.ADMIN, Roles.UNDERWRITER, Roles.AUDITOR, Roles.INTEGRATION}) {
            if (request.isUserInRole(role)) {
                roles.add(role);
            }
        }
        return Viewer.of(request.getUserPrincipal().getName(), roles);
    }

    /** A CSV cell: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is defused. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return v.matches("(?s).*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
