package de.lotse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lotse.IntegrationTest;
import de.lotse.concerns.CitizenAccess;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.Receipt;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/**
 * The XSS probe set in a real browser: a concern and its messages made of probes, seen by the citizen and by a site
 * manager, and the directory search with a probe. No script of a probe runs — no alert dialog, no element with an
 * event handler or inline script in the page, and no console error (a probe that got into the markup would show as
 * a script blocked by the Content-Security-Policy).
 */
@IntegrationTest
class XssProbesBrowserTest {

    private static WebDriver browser;

    @LocalServerPort int port;
    @Autowired ConcernIntake intake;
    @Autowired CitizenAccess access;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static List<String> probes() throws Exception {
        return Files.readAllLines(Path.of("security/xss-probes.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("# ")).toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void assertNothingRuns(String what) {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError(what + ": a probe opened an alert: " + text);
        } catch (NoAlertPresentException none) {
            // as it should be
        }
        Object live = ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('*')).filter(e =>
                    (e.tagName === 'SCRIPT' && !e.src) || ['IFRAME', 'OBJECT', 'EMBED'].includes(e.tagName)
                    || Array.from(e.attributes).some(a => a.name.startsWith('on')
                        || (['href', 'src', 'action', 'formaction', 'data'].includes(a.name)
                            && /^\\s*javascript:/i.test(a.value)))).map(e => e.outerHTML.substring(0, 120));""");
        assertThat((List<?>) live).as(what + ": elements that could run script").isEmpty();
        assertThat(Browser.consoleErrors(browser)).as(what + ": console errors").isEmpty();
    }

    @Test
    void no_probe_runs_on_the_status_page_the_staff_page_or_the_directory_search() throws Exception {
        List<String> probes = probes();
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, String.join("\n", probes), null, null,
                probes.get(2).substring(0, 30), "20095", false, "NONE", null, null, "de", false), Optional.empty());
        for (String probe : probes) {
            access.addMessage(receipt.secret().value(), probe, Optional.empty(), "10.9.9.9");
        }

        browser.get(url("/status/" + receipt.secret().value()));
        assertThat(browser.getPageSource()).contains("xss-1", "xss-30");
        assertNothingRuns("status page");

        StaffMember manager = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.SITE_MANAGER, "mitte");
        browser.get(url("/anmelden"));
        browser.findElement(By.id("field-login")).sendKeys(manager.login());
        browser.findElement(By.id("field-password")).sendKeys(StaffFixtures.PASSWORD);
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));
        browser.get(url("/arbeit/anliegen/" + receipt.reference().value()));
        assertThat(browser.getPageSource()).contains("xss-1", "xss-30");
        assertNothingRuns("staff concern page");

        for (String probe : probes.subList(0, 8)) {
            browser.get(url("/beratung?suche=" + URLEncoder.encode(probe, StandardCharsets.UTF_8)));
            assertNothingRuns("directory search for " + probe);
        }
    }
}
