package de.lotse.web;

import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;

/**
 * The page for an upload the server could not take (a file over 10 MB, a part header too long): 413 with the
 * site's layout in the reader's language, instead of the servlet container's bare error page.
 */
@Controller
class UploadRefusal {

    static final String PATH = "/datei-abgelehnt";

    private final Pages pages;

    UploadRefusal(Pages pages) {
        this.pages = pages;
    }

    @GetMapping(PATH)
    ModelAndView refused(HttpServletRequest request) {
        return new ModelAndView("error", Map.of("page", pages.of(request), "kind", "tooLarge"),
                HttpStatus.CONTENT_TOO_LARGE);
    }

    /**
     * The refused request as a GET without parameters or parts: nothing in it can be read any more, and a GET needs
     * no CSRF token (the refusal changes nothing).
     */
    static HttpServletRequest withoutParts(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getContentType() {
                return null;
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }

            @Override
            public Collection<Part> getParts() {
                return List.of();
            }

            @Override
            public Part getPart(String name) {
                return null;
            }
        };
    }
}
