package de.lotse.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import de.lotse.runtime.PersonalDataRedaction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * While the database cannot be reached, every page that needs it answers 503 with {@code Retry-After}: a page in the
 * reader's language that says nothing was lost and the form may be sent again (its idempotency key keeps it from
 * arriving twice), and {@code application/problem+json} under {@code /api/}. Runs before any controller advice, so
 * that the API's catch-all handlers do not turn an outage into a 500. Pages that need no database, such as the start
 * page, go on working.
 */
@Component
class DatabaseOutagePages implements HandlerExceptionResolver, Ordered {

    static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutagePages.class);

    private final Pages pages;
    private final MessageSource messages;
    private final ObjectProvider<ViewResolver> viewResolvers;

    DatabaseOutagePages(Pages pages, MessageSource messages, ObjectProvider<ViewResolver> viewResolvers) {
        this.pages = pages;
        this.messages = messages;
        this.viewResolvers = viewResolvers;
    }

    /**
     * For failures outside Spring MVC, such as the login form's filter (under load its user lookup waits in vain for a
     * connection): answers with the same 503 page and returns true if the database is the cause.
     */
    boolean answerOutage(HttpServletRequest request, HttpServletResponse response, Exception failure) throws Exception {
        ModelAndView page = resolveException(request, response, null, failure);
        if (page == null) {
            return false;
        }
        if (page.getViewName() != null) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            for (ViewResolver resolver : viewResolvers.orderedStream().toList()) {
                View view = resolver.resolveViewName(page.getViewName(), request.getLocale());
                if (view != null) {
                    view.render(page.getModel(), request, response);
                    break;
                }
            }
        }
        return true;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (!isDatabaseOutage(failure) || response.isCommitted()) {
            return null;
        }
        // No stack trace and no SQL: the cause's class is enough to tell an outage from a bug. Paths may carry a
        // status link's secret.
        log.warn("Database unreachable, answered 503 for {} {}: {}", request.getMethod(),
                PersonalDataRedaction.redact(request.getRequestURI()), mostSpecific(failure).getClass().getName());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        if (request.getRequestURI().startsWith("/api/")) {
            return problem(request, response);
        }
        return new ModelAndView("error", Map.of("page", pages.of(request), "kind", "unavailable"),
                HttpStatus.SERVICE_UNAVAILABLE);
    }

    private ModelAndView problem(HttpServletRequest request, HttpServletResponse response) {
        String detail = messages.getMessage("api.problem.unavailable", null, request.getLocale());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("application/problem+json;charset=UTF-8");
        try {
            response.getWriter().write("{\"type\":\"urn:lotse:problem:service-unavailable\",\"title\":\"Service Unavailable\","
                    + "\"status\":503,\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } catch (IOException gone) {
            // the client left; nothing to answer
        }
        return new ModelAndView();
    }

    /** Whether the failure, anywhere in its causes, is the database being unreachable rather than a bug. */
    static boolean isDatabaseOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable mostSpecific(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
