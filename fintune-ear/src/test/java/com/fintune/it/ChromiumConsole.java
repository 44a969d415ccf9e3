package com.fintune.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.it.FinTuneServer.Account;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by chromium-driver (both from apt; .ci/run installs them): one fresh
 * browser profile per instance, its console collected so that a test fails on any SEVERE entry (script errors and
 * failed requests both land there), and full-page screenshots in target/screenshots/.
 */
final class ChromiumConsole implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("fintune.it.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("fintune.it.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("fintune.it.screenshots", "target/screenshots"));

    final ChromeDriver driver;
    final WebDriverWait wait;

    ChromiumConsole() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--lang=en-US", "--no-first-run", "--disable-extensions");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** Whether chromium and its driver are installed here (the tests say so plainly when they are not). */
    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    }

    void open(String path) {
        driver.get(FinTuneServer.BASE + path);
    }

    /** Signs in through the login form the console redirects to, and waits for the page after it. */
    void signIn(Account account) {
        open("/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
        driver.findElement(By.id("j_username")).sendKeys(account.user);
        driver.findElement(By.id("j_password")).sendKeys(account.password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("j_security_check") && find("j_username") == null);
    }

    WebElement find(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? null : found.get(0);
    }

    WebElement await(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement awaitId(String id) {
        return await(By.id(id));
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    void type(String id, String text) {
        WebElement input = awaitId(id);
        input.clear();
        input.sendKeys(text);
    }

    /** Waits until PrimeFaces has no ajax request in flight. */
    void ajaxDone() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    String text(String id) {
        return awaitId(id).getText();
    }

    /** A full-page screenshot, target/screenshots/NAME.png. */
    void screenshot(String name) throws Exception {
        Dimension before = driver.manage().window().getSize();
        Object height = driver.executeScript("return Math.max(document.body.scrollHeight, "
                + "document.documentElement.scrollHeight);");
        int full = Math.min(6000, Math.max(before.getHeight(), ((Number) height).intValue() + 140));
        driver.manage().window().setSize(new Dimension(before.getWidth(), full));
        Files.createDirectories(SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(before);
    }

    /** Fails on any SEVERE browser-console entry since the last call (script errors, failed requests). */
    void assertNoConsoleErrors(String where) {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(severe.isEmpty(), "browser console errors on " + where + ":\n" + severe.stream()
                .map(LogEntry::getMessage).collect(Collectors.joining("\n")));
    }

    void assertStatusOk(String path) throws Exception {
        assertEquals(200, FinTuneServer.get(path).statusCode(), path);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
