package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fintune.it.FinTuneServer.Account;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console: a signed-out visitor gets the login form; a signed-in underwriter sees the dashboard; the Model and
 * Training screens show the serving model (the IT profile serves the tiny fixture, which has no evaluation.json).
 */
class ConsoleIT {

    static final String[] SCREENS = {"Dashboard", "Training performance", "Prediction volume", "Model", "Data",
        "Monitoring", "Prediction analysis", "Prediction analysis report (LAR)"};

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    @Test
    void signedOutVisitorsAreSentToTheLoginForm() throws Exception {
        HttpResponse<String> page = new BrowserSession().get(FinTuneServer.BASE + "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("j_security_check"), "no login form: " + page.body());
    }

    @Test
    void signedInUnderwriterSeesTheDashboardWithCountsAndAllEightScreens() throws Exception {
        BrowserSession browser = signIn(Account.UNDERWRITER);
        HttpResponse<String> dashboard = browser.get(FinTuneServer.BASE + "/");
        assertEquals(200, dashboard.statusCode());
        String html = dashboard.body();
        assertTrue(html.contains("Applications by status"), "not the dashboard: " + html);
        assertTrue(html.contains("Received") && html.contains("Decided"), "status counts missing");
        assertTrue(html.contains("Signed in as <strong>underwriter</strong>"), "user not shown");
        for (String screen : SCREENS) {
            assertTrue(html.contains(screen), "menu lacks " + screen);
        }
        HttpResponse<String> lar = browser.get(FinTuneServer.BASE + "/lar.xhtml");
        assertEquals(200, lar.statusCode());
        assertTrue(lar.body().contains("not built yet"), "placeholder screen should say it is not built yet");
    }

    @Test
    void modelScreenListsTheServingModelAsChampion() throws Exception {
        String serving = servingModelVersion();
        for (Account account : new Account[] {Account.UNDERWRITER, Account.AUDITOR}) {
            HttpResponse<String> page = signIn(account).get(FinTuneServer.BASE + "/model.xhtml");
            assertEquals(200, page.statusCode());
            String html = page.body();
            assertTrue(html.contains("Model registry"), account + " does not see the Model screen: " + html);
            assertFalse(html.contains("not built yet"), "the Model screen is still a placeholder");
            Pattern activeRow = Pattern.compile(">\\s*" + Pattern.quote(serving)
                    + "\\s*</td>\\s*<td[^>]*>\\s*Champion\\s*<");
            assertTrue(activeRow.matcher(html).find(), "no CHAMPION registry row for " + serving + ": " + html);
        }
    }

    @Test
    void trainingScreenSaysTheServingModelHasNoEvaluation() throws Exception {
        String serving = servingModelVersion();
        HttpResponse<String> page = signIn(Account.UNDERWRITER).get(FinTuneServer.BASE + "/training.xhtml");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("No evaluation to show"), "no 'no evaluation' message: " + html);
        assertTrue(html.contains(serving), "the message does not name the serving version " + serving);
        assertTrue(html.contains("bin/fintune evaluate"), "the message does not say how to produce one");
        assertFalse(html.contains("not built yet"), "the Training screen is still a placeholder");
    }

    @Test
    void wrongPasswordShowsTheLoginError() throws Exception {
        BrowserSession browser = new BrowserSession();
        browser.get(FinTuneServer.BASE + "/");
        HttpResponse<String> failed = browser.postForm(FinTuneServer.BASE + "/j_security_check",
                Map.of("j_username", "underwriter", "j_password", "wrong"), Map.of());
        assertTrue(failed.body().contains("not right"), "no error message: " + failed.body());
    }

    /** The loaded model's version, as the readiness check reports it. */
    static String servingModelVersion() throws Exception {
        JsonNode ready = new ObjectMapper().readTree(FinTuneServer.get("/health/ready").body());
        for (JsonNode check : ready.path("checks")) {
            if (check.path("name").asText().equals("prediction-service")) {
                return check.path("data").path("model").asText();
            }
        }
        throw new AssertionError("no prediction-service readiness check: " + ready);
    }

    static BrowserSession signIn(Account account) throws Exception {
        BrowserSession browser = new BrowserSession();
        browser.get(FinTuneServer.BASE + "/");
        HttpResponse<String> result = browser.postForm(FinTuneServer.BASE + "/j_security_check",
                Map.of("j_username", account.user, "j_password", account.password), Map.of());
        assertEquals(200, result.statusCode(), result.body());
        return browser;
    }
}
