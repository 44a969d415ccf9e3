package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fintune.it.FinTuneServer.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real browser (Debian's chromium, headless): an underwriter's day (the form refused field by
 * field, then predicted, explained, decided, found again in the list), an auditor's (the audit trail verified), an
 * integration account's "API only" page, and the error page. Fails on any browser-console error or failed request;
 * leaves one screenshot per screen in target/screenshots/ (docs/console.md shows them).
 */
class ConsoleBrowserIT {

    @BeforeAll
    static void ready() throws Exception {
        assumeTrue(ChromiumConsole.available(), "chromium and chromium-driver are not installed (apt-get install -y "
                + "chromium chromium-driver); .ci/run installs them");
        FinTuneServer.awaitReady();
    }

    @Test
    void underwriterPredictsReadsWhyDecidesAndFindsItAgain() throws Exception {
        try (ChromiumConsole browser = new ChromiumConsole()) {
            browser.open("/");
            browser.awaitId("j_username");
            browser.screenshot("login");
            browser.signIn(Account.UNDERWRITER);
            assertFalse(browser.driver.getCurrentUrl().contains("favicon"), browser.driver.getCurrentUrl());
            assertTrue(browser.driver.getPageSource().contains("Applications by status"), "not the dashboard");
            browser.screenshot("dashboard-underwriter");

            browser.open("/analysis.xhtml");
            browser.type("app:loanAmount", "350k");
            browser.type("app:termMonths", "5");
            browser.click("app:predict");
            browser.ajaxDone();
            assertMessage(browser, "app:loanAmount", "must be a number, not text (\"350k\")");
            assertMessage(browser, "app:termMonths", "must be between 12 and 480, was 5");
            assertMessage(browser, "app:purpose", "is required");
            browser.screenshot("analysis-invalid");

            browser.click("app:example");
            browser.ajaxDone();
            browser.click("app:predict");
            String decision = browser.awaitId("decision").getText();
            assertTrue(List.of("Approve", "Refer", "Deny").contains(decision), decision);
            String predictionId = browser.driver.findElement(By.id("open:predictionId")).getAttribute("value");
            List<WebElement> notice = browser.driver.findElements(By.cssSelector("a[id$='noticeLink']"));
            assertEquals(decision.equals("Deny") ? 1 : 0, notice.size(), "a notice link exactly for a denial");
            if (!notice.isEmpty()) {
                assertTrue(notice.get(0).getAttribute("href").endsWith("/api/v1/predictions/" + predictionId
                        + "/notice"), notice.get(0).getAttribute("href"));
            }
            browser.wait.until(ExpectedConditions.or(
                    ExpectedConditions.visibilityOfElementLocated(By.id("explanationShown")),
                    ExpectedConditions.visibilityOfElementLocated(By.id("explanationUnavailable"))));
            assertTrue(browser.find("explanationShown") != null, "explanation unavailable: "
                    + browser.driver.findElement(By.id("explanation")).getText());
            assertTrue(browser.driver.findElements(By.cssSelector("#waterfall .ft-wf-row")).size() >= 3,
                    "no waterfall rows");
            assertFalse(browser.driver.findElements(By.cssSelector("#notes .ft-sentence")).isEmpty(),
                    "the notes' sentences are not highlighted");
            browser.screenshot("analysis");

            browser.driver.findElement(By.cssSelector("input[name='outcome:decision'][value='DENY']")).click();
            browser.type("outcome:comment", "DTI confirmed at 52 %; no compensating factors.");
            browser.click("outcome:record");
            // the panel is re-rendered by the ajax update: wait on the text, re-finding the element each poll
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recorded"), "Deny"));
            browser.screenshot("analysis-final-decision");

            browser.open("/predictions.xhtml");
            new Select(browser.awaitId("list:finalDecision")).selectByValue("DENY");
            new Select(browser.awaitId("list:submittedBy")).selectByValue("underwriter");
            browser.click("list:apply");
            browser.ajaxDone();
            WebElement link = browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//a[contains(@class, 'ft-open-link') and normalize-space() = '" + predictionId + "']")));
            browser.screenshot("predictions");
            link.click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recorded"), "Deny"));

            browser.open("/volume.xhtml");
            browser.awaitId("days");
            String agreement = browser.text("agreementTotal");
            assertTrue(agreement.matches("(?s).*\\d+ of \\d+ final decisions match.*"), agreement);
            browser.wait.until(d -> !d.findElements(By.cssSelector("#volumeChart canvas")).isEmpty());
            browser.screenshot("volume");

            browser.open("/monitoring.xhtml");
            assertTrue(browser.text("latency").contains("p95"), browser.text("latency"));
            browser.wait.until(d -> !d.findElements(By.cssSelector("#latencyChart canvas")).isEmpty());
            browser.screenshot("monitoring");
            browser.assertNoConsoleErrors("the underwriter's pages");
        }
    }

    @Test
    void auditorVerifiesTheAuditTrailAndCannotPredict() throws Exception {
        try (ChromiumConsole browser = new ChromiumConsole()) {
            browser.signIn(Account.AUDITOR);
            String menu = browser.driver.findElement(By.cssSelector("nav.ft-nav")).getText();
            assertTrue(menu.contains("Audit trail"), menu);
            browser.screenshot("dashboard-auditor");
            browser.open("/audit.xhtml");
            browser.awaitId("audit:entries");
            browser.screenshot("audit");
            browser.click("audit:verify");
            String result = browser.awaitId("audit:verification").getText();
            assertTrue(result.contains("intact"), result);
            browser.screenshot("audit-verified");
            browser.open("/analysis.xhtml");
            browser.awaitId("open:predictionId");
            assertTrue(browser.find("app:predict") == null, "an auditor must not get the prediction form");
            browser.assertNoConsoleErrors("the auditor's pages");
        }
    }

    @Test
    void integrationAccountGetsTheApiOnlyPage() throws Exception {
        try (ChromiumConsole browser = new ChromiumConsole()) {
            browser.signIn(Account.INTEGRATION);
            assertTrue(browser.awaitId("apiOnly").getText().contains("API only"), browser.driver.getPageSource());
            browser.screenshot("api-only");
        }
    }

    @Test
    void unknownPagesGetTheStyledErrorPageAndStaticFilesArePublic() throws Exception {
        browserIndependentChecks();
        try (ChromiumConsole browser = new ChromiumConsole()) {
            browser.signIn(Account.UNDERWRITER);
            browser.open("/no-such-page.xhtml");
            assertEquals("Page not found", browser.text("errorTitle"));
            browser.screenshot("not-found");
            for (String path : new String[] {"/training.xhtml", "/model.xhtml"}) {
                browser.open(path);
                browser.await(By.cssSelector("main.ft-main h1"));
                browser.screenshot(path.substring(1, path.indexOf('.')));
            }
        }
    }

    @Test
    void aPageLeftOpenPastItsSessionReloadsInsteadOfFailingSilently() throws Exception {
        try (ChromiumConsole browser = new ChromiumConsole()) {
            browser.signIn(Account.UNDERWRITER);
            browser.open("/analysis.xhtml");
            WebElement form = browser.awaitId("app");
            browser.driver.manage().deleteCookieNamed("JSESSIONID");
            browser.click("app:example");
            browser.wait.until(ExpectedConditions.stalenessOf(form));
            assertEquals("", browser.awaitId("app:loanAmount").getAttribute("value"),
                    "a reloaded page, not the example filled into the old view");
            assertTrue(browser.find("ftFailure") == null || !browser.find("ftFailure").isDisplayed(),
                    "the failure dialog must not show for an expired view");
        }
    }

    @Test
    void anAdministratorImportsALarFileAndSeesEveryBadLineFirst() throws Exception {
        Path sample = Path.of(System.getProperty("fintune.it.repoDir", ".."), "..", "shared", "fixtures", "hmda",
                "clean_file_5k_rows_Bank0_syntax_validity.txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(sample).subList(0, 4));
        String[] transmittal = lines.get(0).split("\\|", -1);
        transmittal[12] = "3";                                    // the sheet counts the three records kept
        lines.set(0, String.join("|", transmittal));
        Path good = Files.createTempFile("lar-good", ".txt");
        Files.writeString(good, String.join("\n", lines) + "\n");
        String[] record = lines.get(2).split("\\|", -1);
        record[9] = "abc";                                        // loan amount
        lines.set(2, String.join("|", record));
        Path bad = Files.createTempFile("lar-one-bad-line", ".txt");
        Files.writeString(bad, String.join("\n", lines) + "\n");
        try (ChromiumConsole browser = new ChromiumConsole()) {
            browser.signIn(Account.ADMIN);
            browser.open("/data.xhtml");
            browser.driver.findElement(By.cssSelector("#data input[type=file]")).sendKeys(bad.toString());
            browser.click("data:import");
            String problems = browser.awaitId("problemTable").getText();
            assertTrue(problems.contains("'abc' is not a number") && problems.contains("3"), problems);
            browser.screenshot("data-problems");
            browser.driver.findElement(By.cssSelector("#data input[type=file]")).sendKeys(good.toString());
            browser.click("data:import");
            assertTrue(browser.awaitId("imported").getText().contains("3 records read"), browser.text("imported"));
            browser.screenshot("data");
            browser.assertNoConsoleErrors("the Data screen");
        } finally {
            Files.deleteIfExists(good);
            Files.deleteIfExists(bad);
        }
    }

    private static void browserIndependentChecks() throws Exception {
        assertEquals(200, FinTuneServer.get("/favicon.ico").statusCode(), "favicon must be public");
        assertEquals(200, FinTuneServer.get("/resources/favicon.png").statusCode());
    }

    private static void assertMessage(ChromiumConsole browser, String field, String expected) {
        String escaped = field.replace(":", "\\:");
        WebElement message = browser.await(By.cssSelector("#" + escaped + " ~ .ui-message, "
                + "[id='" + field + "'] ~ .ui-message"));
        assertTrue(message.getText().contains(expected), field + ": " + message.getText());
    }
}
