package de.lotse.web;

import java.util.Map;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Error pages in the reader's language and the site's layout, instead of Spring Boot's white label page. */
@Component
class ErrorPages implements ErrorViewResolver {

    private final Pages pages;

    ErrorPages(Pages pages) {
        this.pages = pages;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String kind = switch (status) {
            case NOT_FOUND, METHOD_NOT_ALLOWED -> "notFound";
            case FORBIDDEN -> "forbidden";
            case TOO_MANY_REQUESTS -> request.getAttribute(LoginThrottle.REFUSED) != null ? "tooManyLogins" : "tooMany";
            case BAD_REQUEST, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE -> "badRequest";
            case SERVICE_UNAVAILABLE -> "unavailable";
            default -> "serverError";
        };
        // A database outage that surfaced outside a controller (in a filter) is no bug of ours: the same 503 page.
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseOutagePages.isDatabaseOutage(failure)) {
            return new ModelAndView("error", Map.of("page", pages.of(request), "kind", "unavailable"),
                    HttpStatus.SERVICE_UNAVAILABLE);
        }
        return new ModelAndView("error", Map.of("page", pages.of(request), "kind", kind), status);
    }
}
