package de.lotse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.sun.net.httpserver.HttpServer;

import de.lotse.IntegrationTest;

/**
 * The widget as a homepage shows it: the code from the editors' page pasted into a page of another origin (a small
 * server on 127.0.0.1, while Lotse answers on localhost), loaded in a real browser. The widget renders inside the frame
 * in its colours, without a single Content-Security-Policy complaint, with no accessibility violations, and its links
 * open the directory in a new tab; an ordinary Lotse page in the same place is refused.
 */
@IntegrationTest
class WidgetBrowserTest {

    private static WebDriver browser;
    private static HttpServer homepage;
    private static final Map<String, String> homepagePages = new ConcurrentHashMap<>();

    @LocalServerPort int port;

    @BeforeAll
    static void openBrowserAndHomepage() throws IOException {
        browser = Browser.start();
        homepage = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        homepage.createContext("/", exchange -> {
            String body = homepagePages.getOrDefault(exchange.getRequestURI().getPath(), "");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body.isEmpty() ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        homepage.start();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (homepage != null) {
            homepage.stop(0);
        }
    }

    private String lotse(String path) {
        return "http://localhost:" + port + path;
    }

    /** A page of the Jobcenter's homepage, on another origin than Lotse, with this code pasted into it. */
    private static String homepageWith(String path, String pastedCode) {
        homepagePages.put(path, """
                <!DOCTYPE html>
                <html lang="de"><head><meta charset="utf-8"><title>Jobcenter team.arbeit.hamburg (Test)</title></head>
                <body><main><h1>Willkommen beim Jobcenter</h1>
                %s
                </main></body></html>
                """.formatted(pastedCode));
        return "http://127.0.0.1:" + homepage.getAddress().getPort() + path;
    }

    @Test
    void the_code_from_the_editors_page_shows_the_widget_on_a_homepage_of_another_origin() {
        browser.get(lotse("/beratung/einbinden?lang=de&variante=iframe&bezirk=HARBURG&anzahl=3&farbe=%23ffffff"
                + "&hintergrund=%231b1b1b"));
        Browser.assertAccessible(browser, "snippet generator with widget preview");
        String code = browser.findElement(By.id("embed-code")).getAttribute("value");
        assertThat(code).startsWith("<iframe src=\"http://localhost:" + port + "/beratung/widget?bezirk=HARBURG");
        Browser.consoleErrors(browser);
        // The editors' page remembered its language; the widget is to add no cookie of its own.
        browser.manage().deleteAllCookies();

        browser.get(homepageWith("/startseite", code));
        assertThat(browser.getCurrentUrl()).startsWith("http://127.0.0.1:");
        Browser.assertAccessible(browser, "homepage with the widget");
        browser.switchTo().frame(browser.findElement(By.tagName("iframe")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Unabhängige Beratungsstellen in Harburg");
        List<WebElement> entries = browser.findElements(By.cssSelector(".widget-entries > li"));
        assertThat(entries).hasSizeBetween(1, 3);
        // The stylesheet came, with the chosen colours: the CSP let it through and nothing inline was needed.
        assertThat(browser.findElement(By.tagName("body")).getCssValue("background-color")).isEqualTo("rgba(27, 27, 27, 1)");
        assertThat(browser.findElement(By.tagName("h1")).getCssValue("color")).isEqualTo("rgba(255, 255, 255, 1)");
        assertThat(browser.manage().getCookies()).isEmpty();

        String firstEntry = entries.get(0).findElement(By.cssSelector("h2 a")).getText();
        String homepageTab = browser.getWindowHandle();
        entries.get(0).findElement(By.cssSelector("h2 a")).click();
        String entryTab = newTab(homepageTab);
        browser.switchTo().window(entryTab);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().startsWith(lotse("/beratung/")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(firstEntry);
        browser.close();
        browser.switchTo().window(homepageTab);
        assertThat(browser.getCurrentUrl()).startsWith("http://127.0.0.1:");
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void the_widget_search_opens_the_full_directory_with_the_widgets_filters_in_a_new_tab() {
        String homepageTab = openHomepage("/suche", "<iframe src=\"" + lotse("/beratung/widget?bezirk=HARBURG&lang=en")
                + "\" title=\"Independent counselling\" height=\"700\"></iframe>");
        browser.switchTo().frame(browser.findElement(By.tagName("iframe")));
        browser.findElement(By.id("widget-text")).sendKeys("Schulden");
        browser.findElement(By.cssSelector(".widget-search button")).click();
        browser.switchTo().window(newTab(homepageTab));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().contains("suche="));
        assertThat(browser.getCurrentUrl()).contains("/beratung?", "bezirk=HARBURG", "lang=en", "suche=Schulden");
        assertThat(browser.findElement(By.id("field-text")).getAttribute("value")).isEqualTo("Schulden");
        browser.close();
        browser.switchTo().window(homepageTab);
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void an_ordinary_lotse_page_is_refused_in_a_frame_of_another_site() {
        openHomepage("/fremd", "<iframe src=\"" + lotse("/beratung") + "\" title=\"Lotse\" height=\"400\"></iframe>");

        browser.switchTo().frame(browser.findElement(By.tagName("iframe")));
        assertThat(browser.findElements(By.cssSelector("form.directory-search"))).isEmpty();
        browser.switchTo().defaultContent();
    }

    @Test
    void the_widget_alone_is_accessible_in_every_language_and_sets_no_cookie() {
        for (String language : new String[] { "de", "de-LS", "en" }) {
            browser.manage().deleteAllCookies();
            browser.get(lotse("/beratung/widget?thema=DEBT&anzahl=4&lang=" + language));
            assertThat(browser.findElements(By.cssSelector(".widget-entries > li"))).isNotEmpty();
            Browser.assertAccessible(browser, "widget (" + language + ")");
            assertThat(browser.manage().getCookies()).as(language).isEmpty();
        }
        browser.get(lotse("/beratung/widget?bezirk=BERGEDORF&thema=ENERGY&sprache=xx"));
        Browser.assertAccessible(browser, "widget without results");
        browser.get(lotse("/beratung/einbinden?lang=en&variante=html&bezirk=ALTONA"));
        Browser.assertAccessible(browser, "snippet generator, HTML list");
        browser.get(lotse("/beratung/einbinden?variante=iframe&farbe=%23777777"));
        Browser.assertAccessible(browser, "snippet generator with a colour error");
        browser.get(lotse("/beratung/offene-daten"));
        Browser.assertAccessible(browser, "open data page");
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    private String openHomepage(String path, String code) {
        browser.get(homepageWith(path, code));
        Browser.consoleErrors(browser);
        return browser.getWindowHandle();
    }

    private static String newTab(String besides) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getWindowHandles().size() > 1);
        List<String> handles = new ArrayList<>(browser.getWindowHandles());
        handles.remove(besides);
        return handles.get(0);
    }
}
