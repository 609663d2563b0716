package de.lotse.web;

import java.net.URI;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Requests that no controller takes: under {@code /api/} they get problem details like every other API error, all
 * others the 404 page in the reader's language.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmatchedRequests {

    private final Pages pages;
    private final MessageSource messages;

    UnmatchedRequests(Pages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class })
    Object notFound(HttpServletRequest request, Exception unmatched) {
        HttpStatus status = unmatched instanceof HttpRequestMethodNotSupportedException
                ? HttpStatus.METHOD_NOT_ALLOWED : HttpStatus.NOT_FOUND;
        return answer(request, status, "api.problem.noSuchEndpoint", "notFound");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedMediaType(HttpServletRequest request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.problem.unsupportedMediaType", "badRequest");
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String problemKey, String pageKind) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                    messages.getMessage(problemKey, null, request.getLocale()));
            problem.setType(URI.create("urn:lotse:problem:" + (status == HttpStatus.UNSUPPORTED_MEDIA_TYPE
                    ? "unsupported-media-type" : "no-such-endpoint")));
            return ResponseEntity.status(status).body(problem);
        }
        return new ModelAndView("error", Map.of("page", pages.of(request), "kind", pageKind), status);
    }
}
