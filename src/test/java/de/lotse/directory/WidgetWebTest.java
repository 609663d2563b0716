package de.lotse.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import org.xml.sax.InputSource;

import de.lotse.IntegrationTest;

/**
 * The widget other sites embed, over real HTTP: who may frame it (and nothing else), that it sets no cookie, loads
 * nothing inline, filters as asked and escapes what partners typed; and the homepage editors' code generator.
 */
@IntegrationTest
class WidgetWebTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DirectorySnapshot snapshot;

    private final HttpClient http = HttpClient.newHttpClient();
    private DirectoryFixtures fixtures;
    private final String word = DirectoryFixtures.word();

    @BeforeEach
    void fixtures() {
        fixtures = new DirectoryFixtures(jdbc);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void only_the_widget_may_be_framed_by_other_sites() throws Exception {
        for (String path : new String[] { "/beratung/widget", "/beratung/widget.css" }) {
            HttpResponse<String> widget = get(path);
            assertThat(widget.statusCode()).isEqualTo(200);
            assertThat(header(widget, "Content-Security-Policy")).contains("frame-ancestors *", "default-src 'none'",
                    "style-src 'self'").doesNotContain("'none'; base-uri 'none'; frame-ancestors 'none'", "unsafe-inline");
            assertThat(widget.headers().firstValue("X-Frame-Options")).as(path).isEmpty();
        }
        for (String path : new String[] { "/beratung", "/beratung/einbinden", "/beratung/offene-daten", "/" }) {
            HttpResponse<String> page = get(path);
            assertThat(header(page, "Content-Security-Policy")).as(path).contains("frame-ancestors 'none'")
                    .doesNotContain("frame-ancestors *", "unsafe-inline");
            assertThat(header(page, "X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }

    @Test
    void the_widget_sets_no_cookie_whatever_it_is_asked() throws Exception {
        for (String path : new String[] { "/beratung/widget", "/beratung/widget?lang=en", "/beratung/widget?lang=de-LS&bezirk=ALTONA",
                "/beratung/widget.css?farbe=ffffff&hintergrund=000000", "/beratung/widget?lang=en&farbe=zzz" }) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(response.headers().allValues("Vary")).as(path).noneMatch(vary -> vary.contains("Cookie"));
        }
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/beratung/widget"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void the_widget_may_be_kept_for_a_few_minutes_by_any_cache() throws Exception {
        HttpResponse<String> widget = get("/beratung/widget?lang=en");

        assertThat(header(widget, "Cache-Control")).isEqualTo("max-age=300, public");
        assertThat(header(widget, "Content-Language")).isEqualTo("en");
        assertThat(header(get("/beratung/widget.css"), "Cache-Control")).isEqualTo("max-age=3600, public");
    }

    @Test
    void the_widget_takes_its_language_from_its_address_not_from_the_readers_cookie() throws Exception {
        String english = get("/beratung/widget?lang=en", "Cookie", "lotse-language=de-LS", "Accept-Language", "de").body();
        String german = get("/beratung/widget", "Cookie", "lotse-language=en", "Accept-Language", "en").body();

        assertThat(english).contains("<html lang=\"en\"", "Independent counselling centres in Hamburg");
        assertThat(german).contains("<html lang=\"de\"", "Unabhängige Beratungsstellen in Hamburg");
        assertThat(get("/beratung/widget?lang=de-LS&bezirk=ALTONA").body()).contains("Beratungs-Stellen in Altona");
    }

    @Test
    void the_widget_loads_only_its_own_stylesheet_and_no_script() throws Exception {
        String widget = get("/beratung/widget?farbe=ffffff&hintergrund=1b1b1b").body();

        assertThat(widget).contains("<link rel=\"stylesheet\" href=\"/beratung/widget.css?farbe=ffffff&amp;hintergrund=1b1b1b\">")
                .doesNotContain("<script", "style=", "http://", "https://");
    }

    @Test
    void the_stylesheet_carries_readable_colours_only() throws Exception {
        HttpResponse<String> chosen = get("/beratung/widget.css?farbe=FFFFFF&hintergrund=1b1b1b");
        assertThat(header(chosen, "Content-Type")).startsWith("text/css");
        assertThat(chosen.body()).startsWith(":root { --widget-colour: #ffffff; --widget-background: #1b1b1b; }")
                .contains(".widget-entries");

        assertThat(get("/beratung/widget.css?farbe=eeeeee&hintergrund=ffffff").body())
                .startsWith(":root { --widget-colour: #00466e; --widget-background: #ffffff; }");
        assertThat(get("/beratung/widget.css?farbe=red%3B%7Dbody%7Bdisplay%3Anone&hintergrund=ffffff").body())
                .startsWith(":root { --widget-colour: #00466e; --widget-background: #ffffff; }");
    }

    @Test
    void the_widget_shows_only_published_centres_of_the_district_and_topic_asked_for() throws Exception {
        // Named to sort first, so that the demo samples cannot push them off the short list.
        UUID inHarburg = fixtures.service("0000 Schulden Harburg " + word).topics("DEBT").phone("040 000000-77")
                .at(DirectoryFixtures.at("21073", District.HARBURG, 53.4555, 9.9662)).save();
        fixtures.service("0000 Schulden Altona " + word).topics("DEBT")
                .at(DirectoryFixtures.at("22765", District.ALTONA, 53.5511, 9.9350)).save();
        fixtures.service("0000 Wohnen Harburg " + word).topics("HOUSING")
                .at(DirectoryFixtures.at("21073", District.HARBURG, 53.4555, 9.9662)).save();
        fixtures.service("0000 Entwurf Harburg " + word).topics("DEBT").status(ServiceStatus.IN_REVIEW)
                .at(DirectoryFixtures.at("21073", District.HARBURG, 53.4555, 9.9662)).save();
        snapshot.refresh();

        String widget = get("/beratung/widget?bezirk=HARBURG&thema=DEBT&anzahl=20").body();

        assertThat(widget).contains("0000 Schulden Harburg " + word, "Unabhängige Beratungsstellen in Harburg",
                "Thema: Schulden", "href=\"/beratung/" + inHarburg + "\" target=\"_blank\" rel=\"noopener\"",
                "href=\"tel:+494000000077\"", "<input type=\"hidden\" name=\"bezirk\" value=\"HARBURG\">",
                "href=\"/beratung?bezirk=HARBURG&amp;thema=DEBT\" target=\"_blank\"")
                .doesNotContain("0000 Schulden Altona " + word, "0000 Wohnen Harburg " + word, "0000 Entwurf Harburg " + word);
        assertThat(get("/beratung/widget?bezirk=HARBURG&thema=DEBT&anzahl=1").body()).contains("0000 Schulden Harburg " + word)
                .containsOnlyOnce("<li>");
    }

    @Test
    void what_partners_typed_comes_out_escaped_in_the_widget_and_in_the_html_list() throws Exception {
        String name = "0000 <script>alert('" + word + "')</script> & Co";
        fixtures.service(name).topics("ENERGY").at(DirectoryFixtures.at("21109", District.HAMBURG_MITTE, 53.49, 10.0))
                .open(DayOfWeek.MONDAY, "09:00", "12:00").save();
        snapshot.refresh();

        String widget = get("/beratung/widget?thema=ENERGY&anzahl=20").body();
        assertThat(widget).contains("0000 &lt;script&gt;alert(", word, ")&lt;/script&gt; &amp; Co")
                .doesNotContain("<script>");

        String generator = get("/beratung/einbinden?variante=html&thema=ENERGY&anzahl=20").body();
        String code = HtmlUtils.htmlUnescape(generator.substring(generator.indexOf("<textarea"),
                generator.indexOf("</textarea>")).replaceFirst("^<textarea[^>]*>", ""));
        assertThat(code).contains("0000 &lt;script&gt;alert(&#39;" + word + "&#39;)&lt;/script&gt; &amp; Co")
                .doesNotContain("<script>");
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(code))).getDocumentElement().getTagName()).isEqualTo("section");
        assertThat(generator).doesNotContain("<script>alert");
    }

    @Test
    void the_generator_refuses_colours_too_alike_to_read_and_keeps_what_was_typed() throws Exception {
        HttpResponse<String> response = get("/beratung/einbinden?lang=de&variante=iframe&farbe=%23777777&hintergrund=%23ffffff");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<title>Fehler: ", "Kontrast von 4,47:1", "value=\"#777777\"",
                "value=\"#ffffff\"", "aria-invalid=\"true\"").doesNotContain("<textarea", "<iframe");
        assertThat(get("/beratung/einbinden?lang=en&farbe=blue").body()).contains("The text colour is not a colour",
                "value=\"blue\"", "href=\"#field-colour\"");
        // The link block takes the homepage's colours: the widget's do not stop it.
        assertThat(get("/beratung/einbinden?lang=en&variante=links&farbe=blue").body()).contains("<textarea")
                .doesNotContain("The text colour is not a colour");
    }

    @Test
    void the_generator_gives_the_iframe_code_and_its_preview_for_readable_colours() throws Exception {
        String page = get("/beratung/einbinden?lang=de&variante=iframe&bezirk=ALTONA&widgetsprache=en&farbe=%23ffffff"
                + "&hintergrund=%231b1b1b&anzahl=3").body();

        assertThat(page).contains("Kontrast: 17,", "<textarea id=\"embed-code\"",
                "&lt;iframe src=\"http://localhost:" + port
                        + "/beratung/widget?bezirk=ALTONA&amp;amp;anzahl=3&amp;amp;lang=en&amp;amp;farbe=ffffff&amp;amp;hintergrund=1b1b1b\"",
                "<iframe class=\"embed-preview-frame\" src=\"/beratung/widget?bezirk=ALTONA&amp;anzahl=3&amp;lang=en&amp;farbe=ffffff&amp;hintergrund=1b1b1b\"",
                "value=\"ALTONA\" selected", "value=\"en\" checked");
    }

    @Test
    void the_open_data_page_names_api_openapi_files_licence_and_source_and_they_answer() throws Exception {
        String page = get("/beratung/offene-daten?lang=de").body();

        assertThat(page).contains("dl-de/by-2-0", "Datenlizenz Deutschland – Namensnennung – Version 2.0",
                "https://www.govdata.de/dl-de/by-2-0", "Datenquelle: Jobcenter team.arbeit.hamburg", "5 Minuten",
                "href=\"/beratung/einbinden\"");
        for (String path : new String[] { "/api/hsds", "/v3/api-docs", "/api/hsds/export/services.csv", "/api/hsds/export/hsds.json" }) {
            assertThat(page).contains("href=\"http://localhost:" + port + path + "\"");
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(get("/beratung?lang=de").body()).contains("href=\"/beratung/offene-daten\"", "href=\"/beratung/einbinden\"");
    }
}
