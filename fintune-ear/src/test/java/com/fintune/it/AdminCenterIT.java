package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.it.FinTuneServer.Account;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Liberty's Admin Center over HTTPS: ADMIN (Liberty's administrator role) gets in, an underwriter does not. */
class AdminCenterIT {

    static final String HTTPS = System.getProperty("fintune.it.httpsUrl", "https://localhost:9443");

    @BeforeAll
    static void ready() throws Exception {
        FinTuneServer.awaitReady();
    }

    @Test
    void adminSignsInToTheToolbox() throws Exception {
        BrowserSession browser = new BrowserSession();
        HttpResponse<String> login = browser.get(HTTPS + "/adminCenter/");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("j_security_check"), "no Admin Center login form");

        HttpResponse<String> signedIn = signIn(browser, Account.ADMIN);
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        HttpResponse<String> toolbox = browser.get(HTTPS + "/adminCenter/");
        assertEquals(200, toolbox.statusCode());
        assertFalse(toolbox.body().contains("j_security_check"), "still on the login page after signing in");
        HttpResponse<String> tools = browser.get(HTTPS + "/ibm/adminCenter/explore-1.0/");
        assertEquals(200, tools.statusCode());
    }

    @Test
    void underwriterIsNotLetIn() throws Exception {
        BrowserSession browser = new BrowserSession();
        browser.get(HTTPS + "/adminCenter/");
        HttpResponse<String> attempt = signIn(browser, Account.UNDERWRITER);
        boolean refused = attempt.statusCode() == 403 || attempt.body().contains("j_security_check");
        assertTrue(refused, "an underwriter reached Admin Center: " + attempt.statusCode());
    }

    private static HttpResponse<String> signIn(BrowserSession browser, Account account) throws Exception {
        // Admin Center's login page copies its csrfToken cookie into the X-CSRF-Token field (and we send the header)
        String token = browser.cookie("csrfToken").orElse("");
        Map<String, String> form = new HashMap<>();
        form.put("j_username", account.user);
        form.put("j_password", account.password);
        form.put("X-CSRF-Token", token);
        return browser.postForm(HTTPS + "/adminCenter/j_security_check", form, Map.of("X-CSRF-Token", token));
    }
}
