package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.it.FinTuneServer.Account;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console: a signed-out visitor gets the login form; a signed-in underwriter sees the dashboard. */
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
        assertTrue(html.contains("RECEIVED") && html.contains("DECIDED"), "status counts missing");
        assertTrue(html.contains("Signed in as <strong>underwriter</strong>"), "user not shown");
        for (String screen : SCREENS) {
            assertTrue(html.contains(screen), "menu lacks " + screen);
        }
        HttpResponse<String> lar = browser.get(FinTuneServer.BASE + "/lar.xhtml");
        assertEquals(200, lar.statusCode());
        assertTrue(lar.body().contains("arrives with issue"), "placeholder screen should say when it arrives");
    }

    @Test
    void wrongPasswordShowsTheLoginError() throws Exception {
        BrowserSession browser = new BrowserSession();
        browser.get(FinTuneServer.BASE + "/");
        HttpResponse<String> failed = browser.postForm(FinTuneServer.BASE + "/j_security_check",
                Map.of("j_username", "underwriter", "j_password", "wrong"), Map.of());
        assertTrue(failed.body().contains("not right"), "no error message: " + failed.body());
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
