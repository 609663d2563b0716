package de.lotse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lotse.IntegrationTest;

/**
 * The directory of counselling centres in a real browser, without JavaScript's help: search form, results, an entry,
 * in German and in Leichte Sprache. axe-core checks every page.
 */
@IntegrationTest
class DirectoryBrowserTest {

    private static WebDriver browser;

    @LocalServerPort int port;

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

    @Test
    void a_citizen_finds_a_counselling_centre_near_her_in_german_and_in_leichte_sprache() {
        for (String language : new String[] { "de", "de-LS" }) {
            browser.get(url("/?lang=" + language));
            Browser.consoleErrors(browser);
            Browser.clickAndWait(browser, By.cssSelector("a[href='/beratung']"));
            assertThat(browser.findElements(By.cssSelector(".directory-results > li"))).isNotEmpty();
            Browser.assertAccessible(browser, "directory search (" + language + ")");

            browser.findElement(By.cssSelector(".more-filters summary")).click();
            Browser.assertAccessible(browser, "directory search with all filters open (" + language + ")");
            browser.findElement(By.id("field-postcode")).sendKeys("21109");
            browser.findElement(By.id("field-free")).click();
            Browser.clickAndWait(browser, By.cssSelector("form.directory-search button[type=submit]"));
            assertThat(browser.findElement(By.id("field-postcode")).getAttribute("value")).isEqualTo("21109");
            assertThat(browser.findElement(By.id("field-free")).isSelected()).isTrue();
            assertThat(browser.findElement(By.cssSelector(".directory-results > li")).getText())
                    .contains("Wilhelmsburg");
            Browser.assertAccessible(browser, "directory results (" + language + ")");

            Browser.clickAndWait(browser, By.cssSelector(".directory-results > li h3 a"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains("(Beispiel)");
            assertThat(browser.findElements(By.cssSelector("table.hours"))).hasSize(1);
            Browser.assertAccessible(browser, "directory entry (" + language + ")");

            browser.get(url("/beratung?plz=99999"));
            assertThat(browser.findElement(By.id("error-postcode")).getText()).contains("99999");
            Browser.assertAccessible(browser, "directory unknown postcode (" + language + ")");
            assertThat(Browser.consoleErrors(browser)).isEmpty();
        }
    }
}
