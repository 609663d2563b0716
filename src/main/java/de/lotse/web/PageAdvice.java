package de.lotse.web;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import de.lotse.language.Language;
import jakarta.servlet.http.HttpServletRequest;

/** Gives every page template its {@link Page}. */
@ControllerAdvice
class PageAdvice {

    private final MessageSource messages;
    private final LanguageSelection languageSelection;

    PageAdvice(MessageSource messages, LanguageSelection languageSelection) {
        this.messages = messages;
        this.languageSelection = languageSelection;
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request) {
        return pageFor(request);
    }

    Page pageFor(HttpServletRequest request) {
        Language language = languageSelection.language(request);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String uri = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return new Page(new Texts(messages, language.locale()), language, csrf, uri);
    }
}
