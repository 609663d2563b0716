package de.lotse.concerns.web;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import de.lotse.concerns.ConcernNotFound;
import de.lotse.web.Pages;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A concern (or a file of one) the person may not see answers 404 with the error page, on every staff page: the
 * same as for one that does not exist. The JSON API has its own problem responses, which come first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ConcernNotFoundPages {

    private final Pages pages;

    ConcernNotFoundPages(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(ConcernNotFound.class)
    ModelAndView notFound(HttpServletRequest request) {
        return new ModelAndView("error", Map.of("page", pages.of(request), "kind", "notFound"), HttpStatus.NOT_FOUND);
    }
}
