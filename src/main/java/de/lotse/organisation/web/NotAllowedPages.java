package de.lotse.organisation.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import de.lotse.organisation.NotAllowed;
import de.lotse.web.Pages;
import jakarta.servlet.http.HttpServletRequest;

/** A page someone's role may not use answers 403 with the error page, wherever the service refused. */
@ControllerAdvice
class NotAllowedPages {

    private final Pages pages;

    NotAllowedPages(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(NotAllowed.class)
    ModelAndView notAllowed(HttpServletRequest request) {
        return new ModelAndView("error", Map.of("page", pages.of(request), "kind", "forbidden"), HttpStatus.FORBIDDEN);
    }
}
