package de.lotse.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import de.lotse.language.Language;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Makes the {@link Page} for a request. Controllers get it as model attribute {@code page}; exception handlers and
 * error pages, which Spring gives no model attributes, ask here.
 */
@Component
public class Pages {

    private final MessageSource messages;
    private final LanguageSelection languageSelection;
    private final ObjectProvider<ResourceUrlProvider> assets;

    Pages(MessageSource messages, LanguageSelection languageSelection, ObjectProvider<ResourceUrlProvider> assets) {
        this.messages = messages;
        this.languageSelection = languageSelection;
        this.assets = assets;
    }

    /** A static file's URL with a hash of its content, so it can be cached for long and still change. */
    String asset(String path) {
        String versioned = assets.getObject().getForLookupPath(path);
        return versioned == null ? path : versioned;
    }

    public Page of(HttpServletRequest request) {
        return of(request, languageSelection.language(request));
    }

    /**
     * A page in a language its address fixes, whatever the reader chose elsewhere: the widget embedded on other sites
     * reads no cookie and sets none, and one address is one cacheable answer. The rest of the request (its locale,
     * its Content-Language) follows.
     */
    public Page of(HttpServletRequest request, Language language) {
        LanguageSelection.fix(request, language);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        // An error page shows in place of the page that failed: its language links lead back there.
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed ? failed
                : request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return new Page(new Texts(messages, language.locale()), language, csrf, uri, this::asset,
                LanguageSelection.offered(request));
    }

    /**
     * A page rendered outside a request, in a fixed language (a PDF attached to a scheduled mail): it has no form to
     * protect and no address of its own.
     */
    public Page detached(Language language) {
        return new Page(new Texts(messages, language.locale()), language, null, "/", this::asset, List.of(language));
    }
}
