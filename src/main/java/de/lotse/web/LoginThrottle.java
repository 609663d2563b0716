package de.lotse.web;

import java.io.IOException;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Slows down password spraying: a client with {@code lotse.login.failures-per-client} failed logins within
 * {@code lotse.login.client-window} gets 429 and a page that says so for every further login until the window is
 * over, whichever accounts it tries. Each account also locks itself after a few wrong passwords (StaffAuthentication);
 * this limit covers the guesser who tries one password on many accounts.
 */
@Component
class LoginThrottle {

    /** The request attribute that tells the error page why the login was refused. */
    static final String REFUSED = LoginThrottle.class.getName() + ".refused";

    private final ClientFailures failures;
    private final ClientFailures.Limit limit;

    LoginThrottle(ClientFailures failures, @Value("${lotse.login.failures-per-client:20}") int failuresPerClient,
            @Value("${lotse.login.client-window:15m}") Duration window) {
        this.failures = failures;
        this.limit = new ClientFailures.Limit("login", window, failuresPerClient);
    }

    /** Every failed login counts: wrong password, unknown or locked account alike. */
    @EventListener
    void failed(AbstractAuthenticationFailureEvent failure) {
        if (failure.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            failures.record(limit, details.getRemoteAddress());
        }
    }

    /** Refuses the login form's POST while the client waits; runs before the password is even looked at. */
    OncePerRequestFilter filter(String loginPath) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && loginPath.equals(request.getServletPath())) {
                    Duration wait = failures.waitFor(limit, request.getRemoteAddr());
                    if (!wait.isZero()) {
                        response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds() + 1)));
                        request.setAttribute(REFUSED, Boolean.TRUE);
                        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }
}
