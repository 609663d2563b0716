package de.lotse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lotse.IntegrationTest;

/**
 * A citizen's way through Lotse in a real browser, without any help from JavaScript: start page, form, a mistake,
 * the fix, the status page, a message. axe-core checks every page on the way.
 */
@IntegrationTest
class CitizenJourneyBrowserTest {

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

    @BeforeEach
    void forgetLanguageChoice() {
        browser.get(url("/?lang=de"));
        browser.manage().deleteAllCookies();
        Browser.consoleErrors(browser); // reading the console empties it
    }

    private void follow(By target) {
        Browser.clickAndWait(browser, target);
    }

    private void submit() {
        follow(By.cssSelector("main button[type=submit]"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void a_citizen_raises_a_complaint_fixes_a_mistake_and_follows_it_with_the_status_link() {
        browser.get(url("/?lang=de"));
        assertThat(browser.getTitle()).contains("Wir helfen Ihnen weiter");
        Browser.assertAccessible(browser, "start page");

        follow(By.partialLinkText("Beschwerde"));
        assertThat(browser.findElement(By.id("kind-COMPLAINT")).isSelected()).isTrue();
        Browser.assertAccessible(browser, "form");

        browser.findElement(By.id("field-description")).sendKeys("Seit zwei Monaten fehlt die Miete.\nBitte helfen Sie.");
        browser.findElement(By.id("field-postcode")).sendKeys("2011");
        browser.findElement(By.id("field-name")).sendKeys("Olena Kovalenko");
        // A Bescheid of three weeks ago: its objection deadline is near and shown with a warning.
        browser.findElement(By.id("field-noticeDate")).sendKeys(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))
                .minusDays(24).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        submit();

        assertThat(browser.getTitle()).startsWith("Fehler:");
        WebElement summary = browser.findElement(By.id("error-summary"));
        assertThat(summary.getText()).contains("Postleitzahl", "wie wir Ihnen antworten sollen");
        assertThat(browser.findElement(By.id("field-description")).getAttribute("value"))
                .isEqualTo("Seit zwei Monaten fehlt die Miete.\nBitte helfen Sie.");
        assertThat(browser.findElement(By.id("field-name")).getAttribute("value")).isEqualTo("Olena Kovalenko");
        Browser.assertAccessible(browser, "form with errors");

        WebElement postcode = browser.findElement(By.id("field-postcode"));
        postcode.clear();
        postcode.sendKeys("22115");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("postcode-site"), "Standort Mümmelmannsberg"));
        Browser.assertAccessible(browser, "form with the site hint");
        browser.findElement(By.cssSelector("label[for=contactChannel-NONE]")).click();
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("field-postcode")).sendKeys(Keys.ENTER); // sends the form, not the language switch
        Browser.waitUntilReplaced(browser, page);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ihr Anliegen ist angekommen");
        String reference = browser.findElement(By.className("reference")).getText();
        assertThat(reference).matches("HH-\\d{4}-[2-9A-Z]{4}-[2-9A-Z]{2}");
        assertThat(browser.getPageSource()).contains("Standort Mümmelmannsberg");
        assertThat(browser.findElement(By.id("widerspruchsfrist")).getText()).contains("Frist für einen Widerspruch",
                "kein Widerspruch");
        Browser.assertAccessible(browser, "status page after submitting, with the objection deadline");

        String statusLink = browser.findElement(By.cssSelector(".status-link a")).getText();
        browser.navigate().refresh();
        browser.get(statusLink.replace("http://localhost:" + port, url("")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(reference);

        submit();
        assertThat(browser.getTitle()).startsWith("Fehler:");
        Browser.assertAccessible(browser, "status page with an error");

        browser.findElement(By.id("field-text")).sendKeys("Der Vermieter hat schon gemahnt.");
        submit();
        assertThat(browser.findElement(By.className("timeline")).getText()).contains("Der Vermieter hat schon gemahnt.");
        Browser.assertAccessible(browser, "status page with a message");
        assertThat(Browser.consoleErrors(browser)).as("browser console").isEmpty();
    }

    @Test
    void switching_the_language_on_a_half_filled_form_keeps_everything_typed() {
        browser.get(url("/anliegen/neu?art=QUESTION"));
        browser.findElement(By.id("field-description")).sendKeys("Wann kommt mein Geld?");
        browser.findElement(By.id("field-postcode")).sendKeys("20095");

        follow(By.cssSelector("button[name=lang][value=en]"));

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("field-description")).getAttribute("value")).isEqualTo("Wann kommt mein Geld?");
        assertThat(browser.findElement(By.id("field-postcode")).getAttribute("value")).isEqualTo("20095");
        assertThat(browser.findElement(By.id("kind-QUESTION")).isSelected()).isTrue();
        assertThat(browser.findElements(By.id("error-summary"))).isEmpty();
        Browser.assertAccessible(browser, "form after switching language");
    }

    @Test
    void a_wrong_status_link_shows_a_helpful_404_page() {
        browser.get(url("/status/" + "W".repeat(43)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Diesen Link kennen wir nicht");
        Browser.assertAccessible(browser, "status link not found");
    }

    @Test
    void unknown_pages_show_the_404_page_in_the_layout() {
        browser.get(url("/gibt-es-nicht"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Diese Seite gibt es nicht");
        Browser.assertAccessible(browser, "404 page");
    }

    @Test
    void the_pages_are_accessible_in_leichte_sprache_and_english() {
        browser.get(url("/?lang=de-LS"));
        Browser.assertAccessible(browser, "start page in Leichte Sprache");
        browser.get(url("/anliegen/neu?art=QUESTION"));
        Browser.assertAccessible(browser, "form in Leichte Sprache");
        browser.get(url("/?lang=en"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        Browser.assertAccessible(browser, "start page in English");
    }
}
