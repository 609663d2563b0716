package de.lotse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lotse.IntegrationTest;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/**
 * The Jobcenter's administrator registers and approves a counselling centre and opens its administrator's account;
 * that person logs in with the first password and invites a counsellor; after a suspension the team page shows why.
 */
@IntegrationTest
class PartnerManagementBrowserTest {

    private static WebDriver browser;

    @LocalServerPort int port;
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

    private void clickAndWait(By target) {
        Browser.clickAndWait(browser, target);
    }

    private void logIn(String login, String password) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/anmelden?lang=de");
        browser.findElement(By.id("field-login")).sendKeys(login);
        browser.findElement(By.id("field-password")).sendKeys(password);
        clickAndWait(By.cssSelector("main button[type=submit]"));
    }

    @Test
    void a_centre_is_approved_and_its_administrator_invites_a_counsellor() {
        StaffMember admin = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.ADMINISTRATOR);
        String unique = Long.toString(System.nanoTime(), 36);
        String centreName = "Sozialberatung Eimsbüttel " + unique;
        logIn(admin.login(), StaffFixtures.PASSWORD);

        browser.get("http://localhost:" + port + "/arbeit/verwaltung");
        clickAndWait(By.linkText("Beratungsstellen (Direktleitung) verwalten"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Beratungsstellen");
        Browser.assertAccessible(browser, "counselling centres");

        browser.findElement(By.id("field-name")).sendKeys(centreName);
        browser.findElement(By.id("field-email")).sendKeys("keine Adresse");
        clickAndWait(By.xpath("//button[text()='Eintragen']"));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Träger", "Art", "E-Mail-Adresse");
        assertThat(browser.findElement(By.id("field-name")).getDomProperty("value")).isEqualTo(centreName);
        Browser.assertAccessible(browser, "counselling centres with errors");

        browser.findElement(By.id("field-provider")).sendKeys("Paritätischer (Test)");
        new Select(browser.findElement(By.id("field-kind"))).selectByValue("WELFARE_ASSOCIATION");
        browser.findElement(By.id("field-email")).clear();
        browser.findElement(By.id("field-email")).sendKeys("beratung@eimsbuettel.lotse.test");
        browser.findElement(By.id("field-address")).sendKeys("Testweg 3\n20257 Hamburg");
        clickAndWait(By.xpath("//button[text()='Eintragen']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(centreName);
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("wartet auf Freigabe");
        Browser.assertAccessible(browser, "a centre waiting for approval");
        String centrePage = browser.getCurrentUrl().replace("?angelegt", "");

        clickAndWait(By.xpath("//button[text()='Freigeben']"));
        assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("freigegeben", admin.displayName());

        String partnerLogin = "leitung." + unique;
        browser.findElement(By.id("field-login")).sendKeys(partnerLogin);
        browser.findElement(By.id("field-name")).sendKeys("Paula Partner");
        clickAndWait(By.xpath("//button[text()='Konto anlegen']"));
        String partnerPassword = browser.findElement(By.cssSelector(".success .reference")).getText();
        assertThat(partnerPassword).hasSize(14);
        assertThat(browser.findElement(By.cssSelector(".inbox")).getText()).contains("Paula Partner", partnerLogin);
        Browser.assertAccessible(browser, "an approved centre with its first account");

        logIn(partnerLogin, partnerPassword);
        assertThat(browser.getCurrentUrl()).endsWith("/partner");
        browser.get("http://localhost:" + port + "/partner/team");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Team der Beratungsstelle");
        assertThat(browser.findElement(By.className("staffbar")).getText()).contains("Paula Partner", centreName, "Team");
        Browser.assertAccessible(browser, "team page");

        clickAndWait(By.xpath("//button[text()='Konto anlegen']"));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Benutzernamen", "Namen der Person");
        Browser.assertAccessible(browser, "team page with errors");

        browser.findElement(By.id("field-name")).sendKeys("Ben Berater");
        browser.findElement(By.id("field-login")).sendKeys("ben." + unique);
        clickAndWait(By.xpath("//button[text()='Konto anlegen']"));
        assertThat(browser.findElement(By.cssSelector(".success")).getText()).contains("Ben Berater", "ben." + unique);
        assertThat(browser.findElement(By.cssSelector(".inbox")).getText()).contains("Ben Berater", "Beratung");
        Browser.assertAccessible(browser, "team page with a new account");

        logIn(admin.login(), StaffFixtures.PASSWORD);
        browser.get(centrePage);
        browser.findElement(By.id("field-reason")).sendKeys("Prüfung der Einwilligungen");
        clickAndWait(By.xpath("//button[text()='Aussetzen']"));
        assertThat(browser.findElement(By.className("timeline")).getText()).contains("ausgesetzt: Prüfung der Einwilligungen");
        Browser.assertAccessible(browser, "a suspended centre");

        logIn(partnerLogin, partnerPassword);
        browser.get("http://localhost:" + port + "/partner/team");
        assertThat(browser.findElement(By.id("centre-not-approved")).getText())
                .contains("Ihre Beratungsstelle ist ausgesetzt", "Grund: Prüfung der Einwilligungen");
        assertThat(browser.findElements(By.cssSelector("main form[action='/partner/team']"))).isEmpty();
        Browser.assertAccessible(browser, "team page of a suspended centre");
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }
}
