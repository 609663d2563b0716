package de.lotse.web;

import java.util.Optional;

/**
 * Lets a form that failed the CSRF check come back with everything typed, instead of a bare 403 that loses it. This
 * happens to real people: a phone drops the session cookie while a long text is being written.
 *
 * <p>The recovery path must only render the form again and change nothing, because the request was not proven to
 * come from our own page.
 */
public interface FormRecovery {

    /** The cookie that carries the CSRF token; a recovery page can tell from its absence that cookies are blocked. */
    String CSRF_COOKIE = "lotse-csrf";

    /** The path that shows again the form that was posted to this path, if this module owns it. */
    Optional<String> recoveryPathFor(String postedPath);
}
