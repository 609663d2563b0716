package de.lotse.organisation.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import de.lotse.organisation.NotFound;
import de.lotse.web.Pages;
import jakarta.servlet.http.HttpServletRequest;

/** What the person may not see answers 404 with the error page, the same as what does not exist. */
@ControllerAdvice
class NotFoundPages {

    private final Pages pages;

    NotFoundPages(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(HttpServletRequest request) {
        return new ModelAndView("error", Map.of("page", pages.of(request), "kind", "notFound"), HttpStatus.NOT_FOUND);
    }
}
