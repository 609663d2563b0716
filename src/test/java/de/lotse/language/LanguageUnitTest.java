package de.lotse.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguageUnitTest {

    @Test
    void a_language_is_offered_on_the_pages_because_its_bundle_ships() {
        for (Language language : Language.values()) {
            boolean shipped = language == Language.GERMAN
                    || Language.class.getClassLoader().getResource(Language.bundle(language.locale())) != null;
            assertThat(language.pagesTranslated()).as("%s", language).isEqualTo(shipped);
        }
        assertThat(Language.bundle(Language.EASY_GERMAN.locale())).isEqualTo("i18n/messages_de__LS.properties");
    }

    @Test
    void arabic_and_dari_farsi_are_written_right_to_left() {
        assertThat(Language.ARABIC.htmlDir()).isEqualTo("rtl");
        assertThat(Language.DARI_FARSI.htmlDir()).isEqualTo("rtl");
        assertThat(Language.TURKISH.htmlDir()).isEqualTo("ltr");
    }

    @Test
    void a_browser_asking_for_dari_gets_the_persian_pages() {
        assertThat(Language.forPages(Locale.forLanguageTag("prs-AF"))).contains(Language.DARI_FARSI);
        assertThat(Language.forPages(Locale.forLanguageTag("fa-IR"))).contains(Language.DARI_FARSI);
        assertThat(Language.forPages(Locale.forLanguageTag("pl"))).isEmpty();
    }
}
