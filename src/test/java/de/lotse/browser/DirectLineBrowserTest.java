package de.lotse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lotse.IntegrationTest;
import de.lotse.calendar.HamburgCalendar;
import de.lotse.directline.DirectLineFixtures;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/**
 * A counsellor opens a referral, the client consents on the link, the site manager answers: the direct line as its
 * people use it, in a real browser, with no accessibility violations on the way.
 */
@IntegrationTest
class DirectLineBrowserTest {

    private static WebDriver browser;

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired CounsellingCentres centres;

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(StaffMember member) {
        browser.manage().deleteAllCookies();
        browser.get(url("/anmelden?lang=de"));
        browser.findElement(By.id("field-login")).sendKeys(member.login());
        browser.findElement(By.id("field-password")).sendKeys(StaffFixtures.PASSWORD);
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));
    }

    @Test
    void a_counsellor_refers_a_case_the_client_consents_and_the_site_manager_answers() {
        DirectLineFixtures partners = new DirectLineFixtures(centres, accounts, jobcenter);
        CounsellingCentre centre = partners.centre(CounsellingCentre.Status.APPROVED);
        StaffMember counsellor = partners.counsellor(centre);
        StaffMember siteManager = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.SITE_MANAGER, "mitte");

        logIn(counsellor);
        assertThat(browser.getCurrentUrl()).endsWith("/partner");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Klärungsfälle");
        Browser.assertAccessible(browser, "partner list");

        Browser.clickAndWait(browser, By.linkText("Neuen Klärungsfall anlegen"));
        Browser.assertAccessible(browser, "referral form");
        browser.findElement(By.id("field-clientName")).sendKeys("Olena Kovalenko");
        browser.findElement(By.id("field-clientPostcode")).sendKeys("20095");
        new Select(browser.findElement(By.id("field-legalTopic"))).selectByValue("HOUSING_AND_HEATING");
        browser.findElement(By.id("field-description")).sendKeys("Die Mietbescheinigung gilt als nicht eingegangen.");
        browser.findElement(By.id("field-bescheidDate")).sendKeys(LocalDate.now(HamburgCalendar.ZONE).minusDays(12)
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        Browser.clickAndWait(browser, By.xpath("//button[text()='Klärungsfall anlegen']"));

        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Bitte füllen Sie dieses Feld aus",
                "Schweigepflicht");
        assertThat(browser.findElement(By.id("field-clientName")).getAttribute("value")).isEqualTo("Olena Kovalenko");
        Browser.assertAccessible(browser, "referral form with errors");
        new Select(browser.findElement(By.id("field-administrativeProblem"))).selectByValue("HANDLING_OF_DOCUMENTS");
        browser.findElement(By.id("field-outcomeSought")).sendKeys("Die Unterkunftskosten werden gezahlt.");
        browser.findElement(By.cssSelector("label[for=field-confidentialityReleased]")).click();
        Browser.clickAndWait(browser, By.xpath("//button[text()='Klärungsfall anlegen']"));

        String reference = browser.findElement(By.tagName("h1")).getText().replace("Klärungsfall ", "");
        assertThat(browser.findElement(By.id("widerspruchsfrist")).getText()).contains("Frist für einen Widerspruch");
        String consentLink = browser.findElement(By.cssSelector("#consent-link .status-link a")).getText();
        Browser.assertAccessible(browser, "referral awaiting consent");

        browser.manage().deleteAllCookies(); // the client, on their own phone
        browser.get(consentLink.replace("http://localhost:" + port, url("")));
        assertThat(browser.getPageSource()).contains(centre.name(), "Mitte");
        Browser.assertAccessible(browser, "consent page");
        browser.findElement(By.id("field-givenBy")).sendKeys("Olena Kovalenko");
        browser.findElement(By.cssSelector("label[for=field-confirmed]")).click();
        Browser.clickAndWait(browser, By.xpath("//button[text()='Einwilligen']"));
        assertThat(browser.findElement(By.cssSelector(".success")).getText()).contains("Einwilligung ist gespeichert");
        Browser.assertAccessible(browser, "consent given");
        browser.get(browser.getCurrentUrl().replaceAll("\\?.*$", "") + "?lang=de-LS");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Einwilligung: Ihr Fall beim Jobcenter");
        Browser.assertAccessible(browser, "consent page in Leichte Sprache");

        logIn(siteManager);
        browser.get(url("/arbeit/klaerung"));
        Browser.assertAccessible(browser, "site referral list");
        Browser.clickAndWait(browser, By.linkText(reference));
        assertThat(browser.getPageSource()).contains("Olena Kovalenko", "Die Mietbescheinigung gilt als nicht eingegangen.");
        Browser.assertAccessible(browser, "referral at the site");
        browser.findElement(By.id("field-text")).sendKeys("Die Bescheinigung ist gefunden, die Zahlung geht heute raus.");
        Browser.clickAndWait(browser, By.xpath("//button[text()='Nachricht senden']"));
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText())
                .contains("Die Bescheinigung ist gefunden, die Zahlung geht heute raus.");
        assertThat(browser.getPageSource()).contains("Vom Jobcenter beantwortet");
        Browser.assertAccessible(browser, "referral answered");
        assertThat(Browser.consoleErrors(browser)).as("browser console").isEmpty();
    }
}
