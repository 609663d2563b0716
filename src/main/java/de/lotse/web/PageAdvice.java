package de.lotse.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** Gives every page template its {@link Page}. */
@ControllerAdvice
class PageAdvice {

    private final Pages pages;

    PageAdvice(Pages pages) {
        this.pages = pages;
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request) {
        return pages.of(request);
    }
}
