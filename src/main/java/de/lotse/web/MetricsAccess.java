package de.lotse.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.util.StringUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may read {@code /actuator/prometheus}. The metrics hold no personal data, but they tell how busy each queue is,
 * which is nobody's business outside operations. Two ways in:
 * <ul>
 * <li>on the separate management port ({@code management.server.port}), which is not published beyond the cluster or
 * host: Prometheus scrapes the pods directly there;</li>
 * <li>on any port with {@code Authorization: Bearer <lotse.metrics.token>}, when such a token is set (from the
 * environment, {@code LOTSE_METRICS_TOKEN}).</li>
 * </ul>
 * With neither, the endpoint is refused, as every other actuator endpoint but health.
 */
class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final Environment environment;

    MetricsAccess(Environment environment) {
        this.environment = environment;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        return new AuthorizationDecision(onManagementPort(request) || carriesToken(request));
    }

    private boolean onManagementPort(HttpServletRequest request) {
        Integer management = environment.getProperty("local.management.port", Integer.class);
        Integer server = environment.getProperty("local.server.port", Integer.class);
        return management != null && management > 0 && !Objects.equals(management, server)
                && request.getLocalPort() == management;
    }

    private boolean carriesToken(HttpServletRequest request) {
        String token = environment.getProperty("lotse.metrics.token", "");
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!StringUtils.hasText(token) || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(token.strip().getBytes(StandardCharsets.UTF_8),
                header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8));
    }
}
