package de.lotse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lotse.IntegrationTest;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.Receipt;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/** A Kundenservice agent logs in, finds an existential concern on top of the inbox and opens it. */
@IntegrationTest
class StaffWorkspaceBrowserTest {

    private static WebDriver browser;

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired ConcernIntake intake;

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

    private void clickAndWait(By target) {
        Browser.clickAndWait(browser, target);
    }

    @Test
    void an_administrator_keeps_the_postcode_table() {
        StaffMember admin = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.ADMINISTRATOR);
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/anmelden?lang=de");
        browser.findElement(By.id("field-login")).sendKeys(admin.login());
        browser.findElement(By.id("field-password")).sendKeys(StaffFixtures.PASSWORD);
        clickAndWait(By.cssSelector("main button[type=submit]"));

        browser.get("http://localhost:" + port + "/arbeit/verwaltung");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Verwaltung");
        Browser.assertAccessible(browser, "administration");

        browser.findElement(By.id("route-postcode")).sendKeys("2045");
        clickAndWait(By.xpath("//form[@action='/arbeit/verwaltung/postleitzahl']//button"));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("fünf Ziffern");
        Browser.assertAccessible(browser, "administration with an error");

        clickAndWait(By.linkText("Fristen und Servicestandards einstellen"));
        Browser.assertAccessible(browser, "service targets");
        browser.findElement(By.id("field-answerDays")).clear();
        browser.findElement(By.id("field-answerDays")).sendKeys("vierzehn");
        clickAndWait(By.xpath("//button[text()='Speichern']"));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("ganze Zahl von 1 bis 90");
        assertThat(browser.findElement(By.id("field-answerDays")).getDomProperty("value")).isEqualTo("vierzehn");
        Browser.assertAccessible(browser, "service targets with an error");

        browser.get("http://localhost:" + port + "/arbeit/testpostfach");
        browser.findElement(By.id("mail-subject")).sendKeys("Frage zum Bescheid");
        browser.findElement(By.id("mail-text")).sendKeys("Warum wurde mein Antrag abgelehnt?");
        clickAndWait(By.xpath("//button[text()='Senden und Postfach lesen']"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("1 E-Mail(s) übernommen");
        // The mail itself left the mailbox for the concern; the acknowledgement follows it after the commit.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        while (browser.findElements(By.xpath("//article[@class='mail']//h3[contains(., 'beim Jobcenter angekommen')]")).isEmpty()
                && System.nanoTime() < deadline) {
            browser.navigate().refresh();
        }
        // Other mail (directory notices of parallel tests) may share the mailbox: look for the acknowledgement itself.
        assertThat(browser.findElements(By.xpath("//article[@class='mail']//h3[contains(., 'beim Jobcenter angekommen')]")))
                .isNotEmpty();
        Browser.assertAccessible(browser, "test mailbox");
        clickAndWait(By.cssSelector(".staffbar button"));
    }

    @Test
    void an_agent_merges_a_duplicate_and_goes_on_with_the_kept_concern() {
        StaffMember agent = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "st-pauli");
        Receipt kept = intake.submit(new ConcernDraft("COMPLAINT", null, null, "Mein Weiterbewilligungsantrag liegt.",
                null, null, null, "20359", false, "NONE", null, null, "de", false), Optional.empty());
        Receipt duplicate = intake.submit(new ConcernDraft("COMPLAINT", null, null, "Noch einmal: Antrag liegt seit Mai.",
                null, null, null, "20359", false, "NONE", null, null, "de", false), Optional.empty());
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/anmelden?lang=de");
        browser.findElement(By.id("field-login")).sendKeys(agent.login());
        browser.findElement(By.id("field-password")).sendKeys(StaffFixtures.PASSWORD);
        clickAndWait(By.cssSelector("main button[type=submit]"));

        browser.get("http://localhost:" + port + "/arbeit/anliegen/" + duplicate.reference().value());
        browser.findElement(By.id("field-keep")).sendKeys(duplicate.reference().value());
        clickAndWait(By.xpath("//button[text()='Zusammenführen']"));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("nicht mit sich selbst");
        Browser.assertAccessible(browser, "merge with an error");

        browser.findElement(By.id("field-keep")).clear();
        browser.findElement(By.id("field-keep")).sendKeys(kept.reference().value().toLowerCase());
        clickAndWait(By.xpath("//button[text()='Zusammenführen']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(kept.reference().value());
        assertThat(browser.findElement(By.className("timeline")).getText())
                .contains("Dublette übernommen", "Noch einmal: Antrag liegt seit Mai.");
        Browser.assertAccessible(browser, "kept concern after a merge");

        browser.get("http://localhost:" + port + "/status/" + duplicate.secret().value());
        assertThat(browser.findElement(By.className("timeline")).getText()).contains(kept.reference().value());
        Browser.assertAccessible(browser, "status page of a merged duplicate");
    }

    @Test
    void an_agent_logs_in_and_opens_the_most_urgent_concern() {
        StaffMember agent = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "st-pauli");
        Receipt urgent = intake.submit(new ConcernDraft("BENEFIT_CONFLICT", null, null, "Zahlung eingestellt, kein Geld.",
                null, "123A456789", "Lena Vogt", "20359", false, "PHONE", null, "040 1234567", "de", true), Optional.empty());

        browser.get("http://localhost:" + port + "/arbeit?lang=de");
        assertThat(browser.getCurrentUrl()).endsWith("/anmelden");
        Browser.assertAccessible(browser, "login page");

        browser.findElement(By.id("field-login")).sendKeys(agent.login());
        browser.findElement(By.id("field-password")).sendKeys(StaffFixtures.PASSWORD);
        clickAndWait(By.cssSelector("main button[type=submit]"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Posteingang");
        WebElement firstRow = browser.findElement(By.cssSelector(".inbox tbody tr"));
        assertThat(firstRow.getText()).contains(urgent.reference().value(), "existenziell");
        Browser.assertAccessible(browser, "inbox");

        clickAndWait(By.linkText(urgent.reference().value()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(urgent.reference().value());
        assertThat(browser.getPageSource()).contains("Lena Vogt", "+49401234567", "Zahlung eingestellt, kein Geld.");
        Browser.assertAccessible(browser, "concern page");

        clickAndWait(By.xpath("//button[text()='Antwort senden']"));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Bitte schreiben Sie eine Nachricht.");
        Browser.assertAccessible(browser, "concern page with an error");

        browser.findElement(By.id("field-text")).sendKeys("Wir haben die Zahlung heute angewiesen.");
        clickAndWait(By.xpath("//button[text()='Antwort senden']"));
        assertThat(browser.findElement(By.className("timeline")).getText()).contains("Wir haben die Zahlung heute angewiesen.");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("field-outcome"))).selectByValue("GRANTED");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("field-cause"))).selectByValue("PROCESSING_DELAY");
        clickAndWait(By.xpath("//button[text()='Als erledigt abschließen']"));
        assertThat(browser.findElement(By.cssSelector(".facts dd")).getText()).isEqualTo("Erledigt");

        browser.get("http://localhost:" + port + "/status/" + urgent.secret().value());
        assertThat(browser.findElement(By.className("timeline")).getText()).contains("Wir haben die Zahlung heute angewiesen.");
        assertThat(browser.getPageSource()).contains("Vom Jobcenter angesehen am").doesNotContain("Test AGENT");
        browser.navigate().back();

        clickAndWait(By.cssSelector(".staffbar button"));
        assertThat(browser.getCurrentUrl()).contains("/anmelden?abgemeldet");
        browser.get("http://localhost:" + port + "/arbeit");
        assertThat(browser.getCurrentUrl()).endsWith("/anmelden");
    }
}
