package de.lotse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lotse.IntegrationTest;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.Receipt;

/**
 * The citizen's ways without a mouse and at 400 % zoom: the intake form filled in and sent with the keyboard alone,
 * every focused control visibly marked; the intake, status and directory pages at 320 CSS pixels (1280 at 400 %)
 * without sideways scrolling.
 */
@IntegrationTest
class CitizenKeyboardAndZoomBrowserTest {

    @RegisterExtension
    static final OpenBrowser session = new OpenBrowser();

    @LocalServerPort int port;
    @Autowired ConcernIntake intake;

    @AfterEach
    void normalSize() {
        ((ChromeDriver) session.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Object js(String script) {
        return ((JavascriptExecutor) session.driver()).executeScript(script);
    }

    /** What has the focus: its tag, type, name, value, and whether its focus is drawn (outline not none). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> focused() {
        return (Map<String, Object>) js("""
                const e = document.activeElement;
                const style = getComputedStyle(e);
                return {tag: e.tagName.toLowerCase(), type: e.type || '', name: e.name || '', id: e.id || '',
                        value: e.value || '', formaction: e.getAttribute('formaction') || '',
                        text: (e.innerText || '').trim().slice(0, 40), outline: style.outlineStyle,
                        checked: !!e.checked};""");
    }

    @Test
    void a_citizen_raises_a_question_with_the_keyboard_alone_and_always_sees_where_the_focus_is() {
        session.driver().manage().deleteAllCookies();
        session.driver().get(url("/anliegen/neu?art=QUESTION&lang=de"));
        Actions keys = new Actions(session.driver());
        List<String> unmarked = new ArrayList<>();
        boolean described = false;
        boolean postcode = false;
        boolean channelChosen = false;
        for (int step = 0; step < 120; step++) {
            keys.sendKeys(Keys.TAB).perform();
            Map<String, Object> at = focused();
            String where = at.get("tag") + "#" + at.get("id") + "[" + at.get("name") + "=" + at.get("value") + "]";
            if ("none".equals(at.get("outline"))) {
                unmarked.add(where);
            }
            if ("description".equals(at.get("name")) && !described) {
                keys.sendKeys("Wann kommt mein Geld? Ich habe alles eingereicht.").perform();
                described = true;
            } else if ("postcode".equals(at.get("name")) && !postcode) {
                keys.sendKeys("20095").perform();
                postcode = true;
            } else if ("contactChannel".equals(at.get("name")) && !channelChosen) {
                keys.sendKeys(Keys.SPACE).perform();
                for (int move = 0; move < 10 && !"NONE".equals(focused().get("value")); move++) {
                    keys.sendKeys(Keys.ARROW_DOWN).perform();
                }
                assertThat(focused()).containsEntry("value", "NONE").containsEntry("checked", true);
                channelChosen = true;
            } else if (described && postcode && channelChosen && "button".equals(at.get("tag"))
                    && "submit".equals(at.get("type")) && "".equals(at.get("formaction"))) {
                var page = session.driver().findElement(By.tagName("html"));
                keys.sendKeys(Keys.ENTER).perform();
                Browser.waitUntilReplaced(session.driver(), page);
                break;
            }
        }

        assertThat(session.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Ihr Anliegen ist angekommen");

        // On the status page: a message, written and sent with the keyboard too.
        for (int step = 0; step < 120; step++) {
            keys.sendKeys(Keys.TAB).perform();
            Map<String, Object> at = focused();
            if ("none".equals(at.get("outline"))) {
                unmarked.add("status page: " + at.get("tag") + "#" + at.get("id"));
            }
            if ("text".equals(at.get("name")) && "textarea".equals(at.get("tag"))) {
                keys.sendKeys("Ich habe noch eine Frage.").perform();
            } else if ("button".equals(at.get("tag")) && "submit".equals(at.get("type"))
                    && "".equals(at.get("formaction")) && "Nachricht senden".equals(at.get("text"))) {
                var page = session.driver().findElement(By.tagName("html"));
                keys.sendKeys(Keys.ENTER).perform();
                Browser.waitUntilReplaced(session.driver(), page);
                break;
            }
        }
        assertThat(session.driver().getCurrentUrl()).contains("gesendet=1");
        assertThat(unmarked).as("focused controls without a visible focus").isEmpty();
    }

    @Test
    void at_400_percent_zoom_the_citizens_pages_need_no_sideways_scrolling() {
        Receipt receipt = intake.submit(new de.lotse.concerns.ConcernDraft("COMPLAINT", null, null,
                "Die Miete wurde nicht überwiesen, obwohl der Bescheid sie bewilligt.", "01.11.2026", "123A456789",
                "Erika Mustermann", "20095", false, "EMAIL", "erika.mustermann-mit-langer-adresse@example.org", null,
                "de", false), Optional.empty());
        session.driver().manage().deleteAllCookies();
        ((ChromeDriver) session.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
        List<String> scrolling = new ArrayList<>();
        for (String path : List.of("/?lang=de", "/anliegen/neu", "/status/" + receipt.secret().value(), "/beratung",
                "/beratung?q=Miete", "/barrierefreiheit")) {
            session.driver().get(url(path));
            long scrollWidth = (Long) js("return document.documentElement.scrollWidth");
            long clientWidth = (Long) js("return document.documentElement.clientWidth");
            if (scrollWidth > clientWidth) {
                scrolling.add(path + ": " + scrollWidth + " > " + clientWidth + " (widest: " + js("""
                        return Array.from(document.querySelectorAll('body, body *'))
                            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)
                            .slice(-3).map(e => e.tagName + '.' + e.className + '#' + e.id + ' '
                                + Math.round(e.getBoundingClientRect().right)).join(', ');""") + ")");
            }
        }
        assertThat(scrolling).as("pages wider than 320 CSS pixels").isEmpty();
    }
}
