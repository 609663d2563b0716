package de.lotse.language;

import java.util.Optional;

/**
 * A machine translation service that proposes a translation of a staff message into the citizen's language. Staff
 * check and correct the proposal before it is sent; nothing is sent unchecked, and the original is always kept.
 * Lotse needs none: without one, staff write the translation themselves or send the original alone. One is plugged in
 * by configuration (see {@link LibreTranslate}); a service for another API implements this interface as a bean.
 */
public interface MessageTranslator {

    /**
     * A proposed translation, or empty when the service does not offer this pair of languages or cannot be reached
     * now (a proposal is a convenience: its absence must never stop a reply).
     */
    Optional<String> propose(String text, Language from, Language to);
}
