package de.lotse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lotse.IntegrationTest;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/** Quality management reads the insights dashboard and the pseudonymised list behind it; both pass axe-core. */
@IntegrationTest
class InsightsBrowserTest {

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

    @Test
    void quality_management_reads_the_dashboard_and_the_list_behind_it() {
        StaffMember quality = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.QUALITY_MANAGEMENT);

        browser.get("http://localhost:" + port + "/arbeit/einblicke?lang=de");
        browser.findElement(By.id("field-login")).sendKeys(quality.login());
        browser.findElement(By.id("field-password")).sendKeys(StaffFixtures.PASSWORD);
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Einblicke: wiederkehrende Konflikte");
        assertThat(browser.findElements(By.cssSelector("svg[role=img] title"))).isNotEmpty();
        Browser.assertAccessible(browser, "insights dashboard");

        Browser.clickAndWait(browser, By.linkText("Pseudonymisierte Liste zu dieser Auswahl"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pseudonymisierte Liste");
        Browser.assertAccessible(browser, "insights list");
    }
}
