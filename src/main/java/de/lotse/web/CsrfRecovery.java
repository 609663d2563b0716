package de.lotse.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sends a POST whose CSRF token failed to its form's recovery page; every other refusal is a plain 403. */
class CsrfRecovery implements AccessDeniedHandler {

    private final List<FormRecovery> recoveries;
    private final AccessDeniedHandler refusal = new AccessDeniedHandlerImpl();

    CsrfRecovery(List<FormRecovery> recoveries) {
        this.recoveries = recoveries;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && "POST".equals(request.getMethod()) && !response.isCommitted()) {
            Optional<String> recovery = recoveries.stream()
                    .flatMap(candidate -> candidate.recoveryPathFor(request.getRequestURI()).stream()).findFirst();
            if (recovery.isPresent()) {
                request.getRequestDispatcher(recovery.get()).forward(request, response);
                return;
            }
        }
        refusal.handle(request, response, denied);
    }
}
