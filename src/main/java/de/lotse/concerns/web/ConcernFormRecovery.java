package de.lotse.concerns.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import de.lotse.web.FormRecovery;
import jakarta.servlet.http.HttpServletRequest;

/** The intake form and the status page's message form come back with what was typed when their CSRF check fails. */
@Component
class ConcernFormRecovery implements FormRecovery {

    static final String SUFFIX = "/erneut";
    private static final Pattern MESSAGE_FORM = Pattern.compile("/status/[A-Za-z0-9_-]{1,100}/nachrichten");

    /** Why the form must be sent again: a cookie that got lost, or cookies blocked altogether in this browser. */
    static String reason(HttpServletRequest request) {
        boolean csrfCookieSent = request.getCookies() != null
                && Arrays.stream(request.getCookies()).anyMatch(cookie -> CSRF_COOKIE.equals(cookie.getName()));
        return csrfCookieSent ? "form.resend.text" : "form.resend.cookies";
    }

    @Override
    public Optional<String> recoveryPathFor(String postedPath) {
        if (IntakeController.SUBMIT.equals(postedPath) || MESSAGE_FORM.matcher(postedPath).matches()) {
            return Optional.of(postedPath + SUFFIX);
        }
        return Optional.empty();
    }
}
