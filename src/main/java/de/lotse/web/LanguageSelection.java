package de.lotse.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

import de.lotse.language.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Chooses the pages' language: a {@code ?lang=} link first (remembered in a cookie), then the remembered choice, then
 * the browser's preferences, then German. Written by hand because Leichte Sprache ({@code de-LS}) is no locale a
 * browser sends, and Spring's parser would read {@code LS} as Lesotho.
 */
class LanguageSelection implements LocaleResolver, HandlerInterceptor {

    static final String PARAMETER = "lang";
    static final String COOKIE = "lotse-language";
    private static final String CHOSEN = LanguageSelection.class.getName() + ".chosen";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return language(request).locale();
    }

    Language language(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Language chosen) {
            return chosen;
        }
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        Optional<Language> remembered = Optional.ofNullable(cookie).flatMap(c -> Language.byCode(c.getValue()))
                .filter(Language::pagesTranslated);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
            var locales = request.getLocales();
            while (locales.hasMoreElements()) {
                Optional<Language> match = Language.forPages(locales.nextElement());
                if (match.isPresent()) {
                    return match.get();
                }
            }
        }
        return Language.GERMAN;
    }

    /** This request is in this language, whatever the reader chose before; remembers nothing, sets no cookie. */
    static void fix(HttpServletRequest request, Language language) {
        request.setAttribute(CHOSEN, language);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language.forPages(locale).ifPresent(language -> choose(request, response, language));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Language.byCode(request.getParameter(PARAMETER)).filter(Language::pagesTranslated)
                .ifPresent(language -> choose(request, response, language));
        Language language = language(request);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.locale().getLanguage());
        response.addHeader(HttpHeaders.VARY, "Cookie, Accept-Language");
        return true;
    }

    private static void choose(HttpServletRequest request, HttpServletResponse response, Language language) {
        request.setAttribute(CHOSEN, language);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, language.code()).path("/")
                .maxAge(Duration.ofDays(365)).sameSite("Lax").httpOnly(true).secure(request.isSecure()).build().toString());
    }
}
