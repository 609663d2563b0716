package de.lotse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) for tests, and axe-core's accessibility check.
 * On a fresh Debian machine where we are root, the browser is installed on first use, so the README's single test
 * command works there too; anywhere else a missing browser fails the test with the command to install it.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    static WebDriver start() {
        ensureInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=412,915", "--lang=de-DE");
        // Like most people in Hamburg, the browser asks for German pages.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Clicks and waits until the next page has replaced this one, as a person would. */
    static void clickAndWait(WebDriver driver, By target) {
        WebElement current = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        waitUntilReplaced(driver, current);
    }

    /**
     * Waits until the old page is gone. ChromeDriver sometimes reports a node of an unloading page with a protocol
     * error instead of as stale; both mean the same here.
     */
    static void waitUntilReplaced(WebDriver driver, WebElement oldPage) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ignored -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /** WCAG 2.1 A and AA rules, plus axe's best practices that matter for people (landmarks, headings). */
    static void assertAccessible(WebDriver driver, String pageName) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        String violations = results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n"));
        assertThat(results.getViolations()).as("axe-core violations on %s:%n%s", pageName, violations).isEmpty();
        assertThat(results.getPasses()).as("axe-core ran its rules on %s", pageName).isNotEmpty();
    }

    /** Errors in the browser console, such as scripts or styles blocked by the Content-Security-Policy. */
    static List<String> consoleErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()
                        || entry.getMessage().contains("Content Security Policy"))
                .map(LogEntry::getMessage)
                // 404, 403 and 422 answers are part of the journeys; the browser reports each as a failed load.
                .filter(message -> !message.contains("Failed to load resource"))
                .toList();
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }

    private static void ensureInstalled() {
        de.lotse.DebianPackages.ensure(java.util.List.of(CHROMIUM, CHROMEDRIVER), "chromium", "chromium-driver");
    }
}
