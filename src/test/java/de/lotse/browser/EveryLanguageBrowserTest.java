package de.lotse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lotse.IntegrationTest;
import de.lotse.language.Language;

/**
 * Each of the eight languages in a real browser, as a citizen meets it: a German start page, the language switch, the
 * intake form filled in and sent, the status page. {@code lang} and {@code dir} are right, axe-core finds nothing on
 * the form and the status page, and the Arabic form is laid out right to left (checked on the rendered boxes, and kept
 * as a screenshot in {@code target/screenshots}).
 */
@IntegrationTest
class EveryLanguageBrowserTest {

    /** Half a pixel of rounding and a border's width are no layout fault. */
    private static final double SLACK = 3;

    @RegisterExtension
    static final OpenBrowser session = new OpenBrowser();

    @LocalServerPort int port;

    private WebDriver browser() {
        return session.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void a_citizen_chooses_the_language_with_the_switch_and_raises_a_concern_in_it(Language language) {
        WebDriver browser = browser();
        browser.get(url("/anliegen/neu?art=QUESTION&lang=de"));

        if (language != Language.GERMAN) {
            // The form's switch sends what is typed so far along; nothing is typed yet.
            Browser.clickAndWait(browser, By.xpath("//ul[@class='languages']//*[(self::a or self::button) and @lang='" + language.htmlLang() + "' and normalize-space()='"
                    + language.nativeName() + "']"));
        }
        assertLanguage(browser, language);
        assertThat(browser.findElement(By.cssSelector(".languages [aria-current=true]")).getText())
                .isEqualTo(language.nativeName());
        Browser.assertAccessible(browser, "intake form in " + language);

        browser.findElement(By.id("field-description")).sendKeys("Mein Geld ist seit drei Wochen nicht da.");
        browser.findElement(By.id("field-postcode")).sendKeys("20095");
        browser.findElement(By.cssSelector("label[for=contactChannel-NONE]")).click();
        Browser.clickAndWait(browser, By.cssSelector("#intake-form button[type=submit]"));

        assertLanguage(browser, language);
        WebElement reference = browser.findElement(By.className("reference"));
        assertThat(reference.getText()).as("the reference is never translated").matches("HH-\\d{4}-[2-9A-Z]{4}-[2-9A-Z]{2}");
        assertThat(reference.getCssValue("direction")).isEqualTo("ltr");
        Browser.assertAccessible(browser, "status page in " + language);
    }

    @Test
    void the_arabic_intake_form_is_laid_out_right_to_left() throws IOException {
        WebDriver browser = browser();
        browser.manage().deleteAllCookies();
        browser.get(url("/anliegen/neu?art=QUESTION&lang=ar"));
        Browser.clickAndWait(browser, By.cssSelector("#intake-form button[type=submit]"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        Path screenshot = Path.of("target/screenshots/intake-ar.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        Map<String, Object> layout = layout(browser);
        double contentRight = number(layout, "contentRight");
        double contentLeft = number(layout, "contentLeft");
        assertThat(number(layout, "headingRight")).as("the heading starts at the right").isCloseTo(contentRight, within());
        assertThat(number(layout, "headingLeft")).as("and does not start at the left").isGreaterThan(contentLeft + SLACK);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> labels = (List<Map<String, Object>>) layout.get("labels");
        assertThat(labels).hasSizeGreaterThan(3).allSatisfy(label -> assertThat(number(label, "textRight"))
                .as("label of %s ends at its field's right edge", label.get("field"))
                .isCloseTo(number(label, "fieldRight"), within()));
        assertThat(number(layout, "postcodeRight")).as("a short field sits at the right").isCloseTo(contentRight, within());
        assertThat(number(layout, "postcodeLeft")).isGreaterThan(contentLeft + 50);
        assertThat(number(layout, "radioLeft")).as("a radio button is right of its label")
                .isGreaterThan(number(layout, "radioLabelRight") - SLACK);
        assertThat(number(layout, "errorMarkRight")).as("the error marker is on the right").isGreaterThan(0);
        assertThat(number(layout, "errorMarkLeft")).isZero();
        assertThat(number(layout, "firstLanguageRight")).as("the language switch runs right to left")
                .isGreaterThan(number(layout, "secondLanguageRight"));
        assertThat(number(layout, "brandRight")).as("the brand stands at the right of the header")
                .isCloseTo(number(layout, "headerRight"), within());
        assertThat(number(layout, "pageWidth")).as("nothing pushes the page sideways")
                .isLessThanOrEqualTo(number(layout, "viewportWidth"));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(SLACK);
    }

    private static double number(Map<String, Object> values, String name) {
        return ((Number) values.get(name)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> layout(WebDriver browser) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const box = element => element.getBoundingClientRect();
                const text = element => { const range = document.createRange(); range.selectNodeContents(element);
                                          return range.getBoundingClientRect(); };
                const main = document.querySelector('main');
                const style = getComputedStyle(main);
                const contentRight = box(main).right - parseFloat(style.paddingRight);
                const contentLeft = box(main).left + parseFloat(style.paddingLeft);
                const labels = Array.from(document.querySelectorAll('#intake-form label[for]'))
                    .map(label => [label, document.getElementById(label.htmlFor)])
                    .filter(([label, field]) => field && field.matches('textarea, select, input[type=text], input[type=email], input[type=tel]')
                        && field.offsetParent !== null)
                    .map(([label, field]) => ({ field: field.id, textRight: text(label).right, fieldRight: box(field).right }));
                const radio = document.getElementById('contactChannel-NONE');
                const radioLabel = document.querySelector('label[for=contactChannel-NONE]');
                const invalid = document.querySelector('.field-invalid');
                const languages = document.querySelectorAll('.languages li');
                const header = document.querySelector('.header-row');
                const headerStyle = getComputedStyle(header);
                return {
                    contentRight, contentLeft,
                    headingRight: text(document.querySelector('main h1')).right,
                    headingLeft: text(document.querySelector('main h1')).left,
                    labels,
                    postcodeRight: box(document.getElementById('field-postcode')).right,
                    postcodeLeft: box(document.getElementById('field-postcode')).left,
                    radioLeft: box(radio).left, radioLabelRight: box(radioLabel).right,
                    errorMarkRight: parseFloat(getComputedStyle(invalid).borderRightWidth),
                    errorMarkLeft: parseFloat(getComputedStyle(invalid).borderLeftWidth),
                    firstLanguageRight: box(languages[0]).right, secondLanguageRight: box(languages[1]).right,
                    brandRight: box(document.querySelector('.brand')).right,
                    headerRight: box(header).right - parseFloat(headerStyle.paddingRight),
                    pageWidth: document.documentElement.scrollWidth, viewportWidth: document.documentElement.clientWidth
                };""");
    }

    private static void assertLanguage(WebDriver browser, Language language) {
        WebElement html = browser.findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo(language.htmlLang());
        assertThat(html.getAttribute("dir")).isEqualTo(language.htmlDir());
    }
}
