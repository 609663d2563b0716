package de.lotse.channels;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.lotse.language.Language;

/**
 * The wording of what Lotse itself writes to a citizen (acknowledgements, notices), in their language. Where Lotse has
 * no translation of its own texts into that language yet, the citizen gets German and English together: German
 * because it is the Jobcenter's language, English because more newcomers read it than German.
 */
@Component
public class CitizenTexts {

    private static final Locale SECOND = Locale.ENGLISH;

    private final MessageSource texts;

    CitizenTexts(MessageSource texts) {
        this.texts = texts;
    }

    /** A text whose arguments do not depend on the language. */
    public String text(String key, Language language, Object... arguments) {
        return text(key, language, locale -> arguments);
    }

    /** A text whose arguments are worded per language too (dates, for instance). */
    public String text(String key, Language language, Function<Locale, Object[]> arguments) {
        String own = texts.getMessage(key, arguments.apply(language.locale()), language.locale());
        if (language.pagesTranslated()) {
            return own;
        }
        return own + "\n\n— English —\n\n" + texts.getMessage(key, arguments.apply(SECOND), SECOND);
    }

    /** A subject line; short, so both languages fit on it when needed. */
    public String subject(String key, Language language, Object... arguments) {
        String own = texts.getMessage(key, arguments, language.locale());
        return language.pagesTranslated() ? own : own + " / " + texts.getMessage(key, arguments, SECOND);
    }

    /** One text as it reads in one locale, e.g. a date pattern that the arguments of a text are formatted with. */
    public String in(Locale locale, String key) {
        return texts.getMessage(key, null, locale);
    }

    /** A text that must stay short (an SMS): the citizen's language, or German where there is no translation. */
    public String shortText(String key, Language language, Function<Locale, Object[]> arguments) {
        return texts.getMessage(key, arguments.apply(language.locale()), language.locale());
    }
}
