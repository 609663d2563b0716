package de.lotse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lotse.IntegrationTest;
import de.lotse.language.Language;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;
import de.lotse.wording.Wording;

/** An administrator finds a text, is told why a wrong override is refused, fixes it, and resets it; axe checks it. */
@IntegrationTest
class WordingBrowserTest {

    @RegisterExtension
    static final OpenBrowser browser = new OpenBrowser();

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired Wording wording;

    private StaffMember admin;

    @AfterEach
    void shippedAgain() {
        if (admin != null) {
            wording.reset(admin, "mail.ack.subject", Language.GERMAN);
        }
    }

    @Test
    void an_administrator_adjusts_a_text_with_the_error_explained_and_the_typed_text_kept() {
        admin = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.ADMINISTRATOR);
        String base = "http://localhost:" + port;
        browser.logIn(base, admin);
        WebDriver driver = browser.driver();

        driver.get(base + "/arbeit/verwaltung/texte?suche=beim+Jobcenter+angekommen");
        Browser.assertAccessible(driver, "text search");
        Browser.clickAndWait(driver, By.cssSelector("a[href*='schluessel=mail.ack.subject']"));
        Browser.assertAccessible(driver, "text with its languages");

        WebElement german = driver.findElement(By.id("text-de"));
        german.clear();
        german.sendKeys("Angekommen!");
        Browser.clickAndWait(driver, By.cssSelector("#sprache-de form button[type=submit]"));
        assertThat(driver.findElement(By.id("error-summary")).getText()).contains("{0}");
        assertThat(driver.findElement(By.id("text-de")).getAttribute("value")).isEqualTo("Angekommen!");
        Browser.assertAccessible(driver, "text refused");

        german = driver.findElement(By.id("text-de"));
        german.clear();
        german.sendKeys("Angekommen: {0}");
        Browser.clickAndWait(driver, By.cssSelector("#sprache-de form button[type=submit]"));
        assertThat(driver.findElement(By.cssSelector(".success")).getText()).contains("Deutsch");
        assertThat(driver.findElement(By.cssSelector("table.inbox")).getText()).contains("Angekommen: {0}",
                admin.login());
        Browser.clickAndWait(driver, By.cssSelector("form[action$='/zuruecksetzen'] button"));
        assertThat(driver.findElement(By.id("text-de")).getAttribute("value"))
                .isEqualTo("Ihr Anliegen {0} ist beim Jobcenter angekommen");
    }
}
