package de.lotse.directory.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import de.lotse.directory.Topic;
import de.lotse.web.Texts;

class HomepageSnippetsUnitTest {

    private static final Map<String, Topic> TOPICS = Map.of("DEBT", new Topic("DEBT", "Schulden", "Debt", "Schulden"));

    private static HomepageSnippets snippets(Map<String, String> parameters) {
        WidgetRequest request = WidgetRequest.of(parameters, "lang");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.GERMAN);
        return new HomepageSnippets(request, new Texts(messages, request.language().locale()),
                path -> "https://lotse.example.de" + path, TOPICS);
    }

    /** Parsed as XML: the snippet is well-formed, so it survives a CMS that checks markup. */
    static Document wellFormed(String html) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    @Test
    void the_iframe_points_to_the_widget_with_its_choices_and_a_title() throws Exception {
        String code = snippets(Map.of("bezirk", "ALTONA", "anzahl", "3", "farbe", "ffffff", "hintergrund", "1b1b1b"))
                .iframe();

        Element frame = wellFormed(code).getDocumentElement();
        assertThat(frame.getTagName()).isEqualTo("iframe");
        assertThat(frame.getAttribute("src")).isEqualTo(
                "https://lotse.example.de/beratung/widget?bezirk=ALTONA&anzahl=3&farbe=ffffff&hintergrund=1b1b1b");
        assertThat(code).contains("&amp;anzahl=3");
        assertThat(frame.getAttribute("title")).isEqualTo("Unabhängige Beratungsstellen in Altona");
        assertThat(frame.getAttribute("referrerpolicy")).isEqualTo("no-referrer");
        assertThat(frame.getAttribute("height")).isEqualTo("660");
    }

    @Test
    void the_link_block_links_all_of_hamburg_and_every_district_in_the_chosen_language() throws Exception {
        String code = snippets(Map.of("thema", "DEBT", "lang", "en")).links();

        Element section = wellFormed(code).getDocumentElement();
        assertThat(section.getTagName()).isEqualTo("section");
        assertThat(section.getAttribute("lang")).isEqualTo("en");
        assertThat(section.getElementsByTagName("h2").item(0).getTextContent()).isEqualTo("Find independent advice");
        assertThat(section.getElementsByTagName("a").getLength()).isEqualTo(1 + 7);
        assertThat(code).contains(
                "<a href=\"https://lotse.example.de/beratung?thema=DEBT&amp;lang=en\">All counselling centres in Hamburg</a>",
                "<a href=\"https://lotse.example.de/beratung?bezirk=HARBURG&amp;thema=DEBT&amp;lang=en\">Counselling centres in Harburg</a>")
                .doesNotContain("<script", "style=", "class=\"lotse-beratung\"");
    }

    @Test
    void the_link_block_for_one_district_links_that_district_and_all_of_hamburg() throws Exception {
        Element section = wellFormed(snippets(Map.of("bezirk", "WANDSBEK")).links()).getDocumentElement();

        assertThat(section.getElementsByTagName("a").getLength()).isEqualTo(2);
        assertThat(section.getTextContent()).contains("Alle Beratungsstellen in Hamburg", "Beratungsstellen in Wandsbek");
    }

    @Test
    void an_empty_list_says_so_and_still_links_the_directory() throws Exception {
        String code = snippets(Map.of("lang", "de-LS")).list(List.of(), 0, "1. März 2026");

        Element section = wellFormed(code).getDocumentElement();
        assertThat(section.getAttribute("lang")).isEqualTo("de");
        assertThat(section.getTextContent()).contains("Hier passt gerade keine Beratungs-Stelle", "Stand: 1. März 2026");
        assertThat(section.getElementsByTagName("a").item(0).getAttributes().getNamedItem("href").getNodeValue())
                .isEqualTo("https://lotse.example.de/beratung?lang=de-LS");
    }

    @Test
    void a_taller_frame_for_more_centres() {
        assertThat(snippets(Map.of("anzahl", "10")).frameHeight()).isGreaterThan(snippets(Map.of()).frameHeight());
    }
}
