package de.lotse.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

import de.lotse.language.Language;
import jakarta.servlet.RequestDispatcher;
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
    private static final List<String> PROFESSIONAL_AREAS = List.of(SecurityConfiguration.STAFF_AREA,
            SecurityConfiguration.PARTNER_AREA, SecurityConfiguration.LOGIN, SecurityConfiguration.LOGOUT,
            "/beratung/offene-daten", "/beratung/einbinden");
    private static final List<Language> PROFESSIONAL_LANGUAGES = Stream.of(Language.GERMAN, Language.ENGLISH)
            .filter(Language::pagesTranslated).toList();
    private static final List<Language> CITIZEN_LANGUAGES = Arrays.stream(Language.values())
            .filter(Language::pagesTranslated).toList();

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return language(request).locale();
    }

    Language language(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Language chosen) {
            return chosen;
        }
        return wanted(request, offered(request));
    }

    /**
     * The languages a page is offered in: all translated ones for citizens; German and English for the pages of
     * staff, counsellors, homepage editors and reusers of open data, whose texts are written in these two only (a
     * citizen's Arabic cookie must not give a counsellor a page half in Arabic, half in German).
     */
    static List<Language> offered(HttpServletRequest request) {
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed ? failed
                : request.getRequestURI();
        String local = path.substring(Math.min(request.getContextPath().length(), path.length()));
        boolean professional = PROFESSIONAL_AREAS.stream()
                .anyMatch(area -> local.equals(area) || local.startsWith(area + "/"));
        return professional ? PROFESSIONAL_LANGUAGES : CITIZEN_LANGUAGES;
    }

    private static Language wanted(HttpServletRequest request, List<Language> offered) {
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        Optional<Language> remembered = Optional.ofNullable(cookie).flatMap(c -> Language.byCode(c.getValue()))
                .filter(offered::contains);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
            var locales = request.getLocales();
            while (locales.hasMoreElements()) {
                Optional<Language> match = Language.forPages(locales.nextElement()).filter(offered::contains);
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
        Language.forPages(locale).filter(offered(request)::contains).ifPresent(language -> choose(request, response, language));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Language.byCode(request.getParameter(PARAMETER)).filter(offered(request)::contains)
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
