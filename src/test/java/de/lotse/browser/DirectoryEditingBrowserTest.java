package de.lotse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.IntegrationTest;
import de.lotse.directory.editing.EditingFixtures;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/**
 * A centre's directory editor proposes a change of its entry without JavaScript's help (a row added, a mistake
 * corrected), the coordinator compares and rejects it with a reason, the editor reads it in the history. axe-core
 * checks every page.
 */
@IntegrationTest
class DirectoryEditingBrowserTest {

    private static WebDriver browser;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired CounsellingCentres centres;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;

    private EditingFixtures fixtures;

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

    @AfterEach
    void clean() {
        if (fixtures != null) {
            fixtures.remove();
        }
    }

    private void logIn(StaffMember member) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/anmelden?lang=de");
        browser.findElement(By.id("field-login")).sendKeys(member.login());
        browser.findElement(By.id("field-password")).sendKeys(StaffFixtures.PASSWORD);
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void an_editor_proposes_a_change_and_reads_why_the_coordinator_rejected_it() {
        fixtures = new EditingFixtures(jdbc, centres, accounts, jobcenter);
        CounsellingCentre centre = fixtures.approvedCentre();
        UUID entry = fixtures.publishedEntry(centre, "Sozialberatung");
        StaffMember editor = fixtures.editor(centre);

        logIn(editor);
        assertThat(browser.getCurrentUrl()).endsWith("/partner/verzeichnis");
        assertThat(browser.findElement(By.cssSelector(".inbox")).getText()).contains("Sozialberatung " + fixtures.token,
                "möglicherweise veraltet");
        Browser.assertAccessible(browser, "editor's entries");

        Browser.clickAndWait(browser, By.linkText("Sozialberatung " + fixtures.token));
        Browser.assertAccessible(browser, "entry form");
        type("field-name", "Sozialberatung geändert " + fixtures.token);
        type("field-locations-0-postalCode", "123");
        Browser.clickAndWait(browser, By.xpath("//button[@value='phones']"));
        assertThat(browser.findElement(By.id("field-name")).getDomProperty("value"))
                .isEqualTo("Sozialberatung geändert " + fixtures.token);
        assertThat(browser.findElement(By.id("field-locations-0-postalCode")).getDomProperty("value")).isEqualTo("123");
        type("field-phones-1-number", "040 000000-99");

        Browser.clickAndWait(browser, By.xpath("//main//button[@class='button' and text()='Zur Prüfung senden']"));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Postleitzahl mit 5 Ziffern");
        assertThat(browser.findElement(By.id("field-phones-1-number")).getDomProperty("value")).isEqualTo("040 000000-99");
        Browser.assertAccessible(browser, "entry form with errors");

        type("field-locations-0-postalCode", "22765");
        Browser.clickAndWait(browser, By.xpath("//main//button[@class='button' and text()='Zur Prüfung senden']"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("wartet jetzt auf Prüfung");
        Browser.assertAccessible(browser, "editor's entries with a pending change");

        logIn(new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.ADMINISTRATOR));
        browser.get("http://localhost:" + port + "/arbeit/verwaltung");
        Browser.clickAndWait(browser, By.linkText("Beratungsstellen-Verzeichnis: Änderungen prüfen und Bearbeitungsrechte"));
        Browser.assertAccessible(browser, "review queue");
        Browser.clickAndWait(browser, By.linkText("Sozialberatung geändert " + fixtures.token));
        assertThat(browser.findElement(By.cssSelector("table.diff")).getText()).contains("Sozialberatung " + fixtures.token,
                "Sozialberatung geändert " + fixtures.token, "040 000000-99");
        Browser.assertAccessible(browser, "review of a change");
        Browser.clickAndWait(browser, By.xpath("//button[text()='Ablehnen']"));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("begründen");
        Browser.assertAccessible(browser, "review of a change with errors");
        type("field-reason", "Bitte die zweite Nummer erklären.");
        Browser.clickAndWait(browser, By.xpath("//button[text()='Ablehnen']"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Abgelehnt");

        logIn(editor);
        browser.get("http://localhost:" + port + "/partner/verzeichnis/" + entry + "/verlauf");
        assertThat(browser.findElement(By.className("timeline")).getText()).contains("Abgelehnt.",
                "Bitte die zweite Nummer erklären.", "Name des Angebots");
        Browser.assertAccessible(browser, "history of an entry");
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }
}
