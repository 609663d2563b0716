package de.lotse.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.lotse.IntegrationTest;

/** The glossary explains each word in German, Leichte Sprache and English, one anchor per word, linked everywhere. */
@IntegrationTest
class GlossaryWebTest {

    @Autowired MockMvc mvc;

    @Test
    void every_word_has_a_term_and_an_explanation_in_german_leichte_sprache_and_english() throws IOException {
        for (String bundle : new String[] { "messages.properties", "messages_de__LS.properties", "messages_en.properties" }) {
            Properties texts = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", bundle), StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            for (String word : Glossary.WORDS) {
                assertThat(texts.getProperty("glossary." + word + ".term")).as("%s in %s", word, bundle).isNotBlank();
                assertThat(texts.getProperty("glossary." + word + ".text")).as("%s in %s", word, bundle).isNotBlank();
            }
        }
    }

    @Test
    void the_page_is_a_definition_list_with_an_anchor_per_word_in_the_readers_language() throws Exception {
        String german = page("de");
        assertThat(german).contains("<dl class=\"glossary\">", "<dt id=\"bescheid\"", "<dt id=\"widerspruch\"",
                "href=\"#ueberpruefungsantrag\"", "Ein Brief, in dem das Jobcenter etwas entscheidet");
        for (String word : Glossary.WORDS) {
            assertThat(german).contains("<dt id=\"" + word + "\"");
        }
        assertThat(page("de-LS")).contains("Ein Bescheid ist ein Brief vom Jobcenter.");
        assertThat(page("en")).contains("lang=\"en\"", "Bescheid (decision notice)");
    }

    @Test
    void the_footer_of_every_page_and_the_leichte_sprache_texts_link_to_the_words() throws Exception {
        String start = mvc.perform(get("/").param("lang", "de")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(start).contains("<a href=\"/woerter\">");
        String easy = mvc.perform(get("/").param("lang", "de-LS")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(easy).contains("href=\"/woerter#widerspruch\"");
    }

    private String page(String language) throws Exception {
        return mvc.perform(get("/woerter").param("lang", language)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
