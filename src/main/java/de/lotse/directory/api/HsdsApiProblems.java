package de.lotse.directory.api;

import java.net.URI;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The HSDS API's errors as RFC 9457 problem details, in the language of Accept-Language; never cached, unlike the
 * data.
 */
@RestControllerAdvice(assignableTypes = { HsdsApi.class, OpenDataExport.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class HsdsApiProblems {

    private static final Logger log = LoggerFactory.getLogger(HsdsApiProblems.class);

    private final MessageSource messages;

    HsdsApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    record ParameterError(String parameter, String code, String message) {
    }

    @ExceptionHandler(InvalidParameters.class)
    ResponseEntity<ProblemDetail> invalid(InvalidParameters invalid, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
                messages.getMessage("api.problem.hsds.invalid", null, locale));
        problem.setProperty("errors", invalid.problems().stream().map(p -> new ParameterError(p.parameter(),
                p.messageKey(), messages.getMessage(p.messageKey(), p.arguments().toArray(), locale))).toList());
        return answer(HttpStatus.BAD_REQUEST, problem);
    }

    @ExceptionHandler(EntryNotFound.class)
    ResponseEntity<ProblemDetail> notFound(Locale locale) {
        return answer(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, "directory-entry-not-found",
                messages.getMessage("api.problem.hsds.notFound", null, locale)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception unexpected, Locale locale) {
        log.error("Unexpected error in the HSDS API", unexpected);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                messages.getMessage("api.problem.hsds.internal", null, locale)));
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:lotse:problem:" + type));
        return problem;
    }

}
