package de.lotse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.language.Language;
import jakarta.servlet.http.Cookie;

/**
 * The language switch as plain links and buttons: on every citizen page all eight languages, each named in itself
 * with its own {@code lang} and {@code dir}; the rest of the address kept; forms answered in the language they were
 * read in; staff pages in German or English only.
 */
@IntegrationTest
class LanguageSwitchWebTest {

    @Autowired MockMvc mvc;

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor languageCookie(String code) {
        return request -> {
            Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
            request.setCookies(Stream.concat(Arrays.stream(cookies), Stream.of(new Cookie(LanguageSelection.COOKIE, code)))
                    .toArray(Cookie[]::new));
            return request;
        };
    }

    @Test
    void a_citizen_page_offers_all_eight_languages_each_named_in_itself_and_keeps_the_rest_of_its_address() throws Exception {
        String page = html(mvc.perform(get("/beratung?plz=20095&lang=de")).andReturn());

        assertThat(page).contains("<span class=\"current-language\" aria-current=\"true\" lang=\"de\" dir=\"ltr\">Deutsch</span>");
        for (Language language : Language.values()) {
            if (language == Language.GERMAN) {
                continue;
            }
            assertThat(page).contains("<a href=\"/beratung?plz=20095&amp;lang=" + language.code() + "\" lang=\""
                    + language.htmlLang() + "\" dir=\"" + language.htmlDir() + "\" hreflang=\"" + language.htmlLang() + "\">"
                    + language.nativeName() + "</a>");
        }
        assertThat(page).contains("lang=\"ar\" dir=\"rtl\" hreflang=\"ar\">العربية</a>", "lang=\"fa\" dir=\"rtl\"");
    }

    @Test
    void an_arabic_page_is_right_to_left_and_the_choice_is_remembered_without_tracking() throws Exception {
        MvcResult arabic = mvc.perform(get("/").param("lang", "ar")).andExpect(header().string("Content-Language", "ar"))
                .andReturn();

        assertThat(html(arabic)).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(arabic.getResponse().getHeader("Set-Cookie")).startsWith("lotse-language=ar").contains("HttpOnly");
        assertThat(html(mvc.perform(get("/barrierefreiheit").cookie(new Cookie(LanguageSelection.COOKIE, "fa"))).andReturn()))
                .contains("<html lang=\"fa\" dir=\"rtl\">");
        assertThat(html(mvc.perform(get("/").header("Accept-Language", "tr-TR,tr;q=0.9")).andReturn()))
                .contains("<html lang=\"tr\" dir=\"ltr\">");
    }

    @Test
    void a_form_is_answered_in_the_language_it_was_read_in_even_after_another_tab_chose_another() throws Exception {
        String form = html(mvc.perform(get("/anliegen/neu").param("lang", "uk")).andReturn());
        assertThat(form).contains("action=\"/anliegen?lang=uk\"");

        // Sent empty: the form comes back with its errors, in Ukrainian although the cookie now says German.
        String answer = html(mvc.perform(post("/anliegen").param("lang", "uk").param("kind", "QUESTION")
                .with(RealCsrf.from(mvc)).with(languageCookie("de"))).andReturn());

        assertThat(answer).contains("<html lang=\"uk\" dir=\"ltr\">", "id=\"error-summary\"");
    }

    @Test
    void staff_pages_stay_in_german_or_english_whatever_a_citizen_chose() throws Exception {
        MvcResult login = mvc.perform(get("/anmelden").param("lang", "ar").cookie(new Cookie(LanguageSelection.COOKIE, "ru")))
                .andReturn();

        assertThat(html(login)).contains("<html lang=\"de\" dir=\"ltr\">", ">English</a>").doesNotContain("العربية",
                "Українська", "Leichte Sprache");
        assertThat(login.getResponse().getHeader("Set-Cookie")).doesNotContain("lotse-language=ar");
        assertThat(html(mvc.perform(get("/anmelden").param("lang", "en")).andReturn())).contains("<html lang=\"en\"");
    }

    @Test
    void an_error_page_speaks_the_language_of_the_page_that_failed() throws Exception {
        String missing = html(mvc.perform(get("/gibt-es-nicht").cookie(new Cookie(LanguageSelection.COOKIE, "ar")))
                .andReturn());

        assertThat(missing).contains("<html lang=\"ar\" dir=\"rtl\">");
    }
}
