package de.lotse.wording.web;

import java.util.Optional;

import de.lotse.language.Language;
import de.lotse.organisation.StaffMember;
import de.lotse.wording.Wording;

/**
 * @param problem why the text just typed for one language was not taken, with that text kept
 * @param saved the language whose text was just saved or reset
 */
public record WordingTextView(StaffMember admin, Wording.Text text, Optional<Problem> problem, Optional<Language> saved) {

    /** A refused override: the language, the message key with its arguments, and the text as typed. */
    public record Problem(Language language, String messageKey, Object[] arguments, String typed) {
    }

    public boolean problemIn(Language language) {
        return problem.filter(found -> found.language() == language).isPresent();
    }

    /** What the language's field shows: the refused text as typed, else the override, else the shipped text. */
    public String fieldText(Wording.LanguageText language) {
        if (problemIn(language.language())) {
            return problem.get().typed();
        }
        return language.override().or(language::shipped).orElse(text.german());
    }
}
