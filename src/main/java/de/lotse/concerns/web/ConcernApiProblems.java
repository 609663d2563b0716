package de.lotse.concerns.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import de.lotse.concerns.ConcernClosed;
import de.lotse.concerns.FieldProblem;
import de.lotse.concerns.IdempotencyKeyReused;
import de.lotse.concerns.InvalidDraft;
import de.lotse.concerns.StatusLinkNotFound;
import de.lotse.concerns.TooManyWrongLinks;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}), with a message per field in the
 * language of the request's Accept-Language.
 */
@RestControllerAdvice(assignableTypes = ConcernApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConcernApiProblems extends ResponseEntityExceptionHandler {

    private static final String TYPES = "urn:lotse:problem:";

    private static final Logger log = LoggerFactory.getLogger(ConcernApiProblems.class);

    private final MessageSource messages;

    ConcernApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    record FieldError(String field, String code, String message) {
    }

    @ExceptionHandler(InvalidDraft.class)
    ProblemDetail invalid(InvalidDraft invalid, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-concern",
                messages.getMessage("api.problem.invalid", null, locale));
        List<FieldError> errors = invalid.problems().stream().map(p -> fieldError(p, locale)).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail reused(IdempotencyKeyReused reused, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                messages.getMessage("api.problem.idempotencyKeyReused", null, locale));
        problem.setProperty("reference", reused.earlier().value());
        return problem;
    }

    @ExceptionHandler(StatusLinkNotFound.class)
    ProblemDetail notFound(Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "status-link-not-found",
                messages.getMessage("api.problem.notFound", null, locale));
    }

    @ExceptionHandler(ConcernClosed.class)
    ProblemDetail closed(Locale locale) {
        return problem(HttpStatus.CONFLICT, "concern-closed", messages.getMessage("api.problem.closed", null, locale));
    }

    @ExceptionHandler(TooManyWrongLinks.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyWrongLinks tooMany, Locale locale) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfter().toSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-wrong-links",
                        messages.getMessage("api.problem.tooMany", null, locale)));
    }

    /** Anything unforeseen: logged in full here, told to the client without internals. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception unexpected, Locale locale) {
        log.error("Unexpected error in the concerns API", unexpected);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", messages.getMessage("api.problem.internal", null, locale));
    }

    /** Malformed JSON or bytes that are not UTF-8: say so plainly instead of leaking parser internals. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable-body",
                messages.getMessage("api.problem.unreadable", null, request.getLocale()));
        return ResponseEntity.badRequest().body(problem);
    }

    private FieldError fieldError(FieldProblem problem, Locale locale) {
        return new FieldError(problem.field(), problem.messageKey(),
                messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        return problem;
    }
}
