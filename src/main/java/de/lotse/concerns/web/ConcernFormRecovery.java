package de.lotse.concerns.web;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import de.lotse.web.FormRecovery;

/** The intake form and the status page's message form come back with what was typed when their CSRF check fails. */
@Component
class ConcernFormRecovery implements FormRecovery {

    static final String SUFFIX = "/erneut";
    private static final Pattern MESSAGE_FORM = Pattern.compile("/status/[A-Za-z0-9_-]{1,100}/nachrichten");

    @Override
    public Optional<String> recoveryPathFor(String postedPath) {
        if (IntakeController.SUBMIT.equals(postedPath) || MESSAGE_FORM.matcher(postedPath).matches()) {
            return Optional.of(postedPath + SUFFIX);
        }
        return Optional.empty();
    }
}
