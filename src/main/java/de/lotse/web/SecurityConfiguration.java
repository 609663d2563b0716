package de.lotse.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security by default: CSRF on for every form, a strict Content-Security-Policy (no inline script or style, nothing
 * from other origins), no referrer (status links carry a secret in their path), no session for citizens, a session
 * only for logged-in staff. No page may be framed by another site, except the directory's widget, which is made for it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String FRAME_ANCESTORS = "frame-ancestors 'none'";
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            "form-action 'self'",
            // Our own pages may frame our own pages (the widget's preview for homepage editors); nothing else.
            "frame-src 'self'",
            FRAME_ANCESTORS,
            "base-uri 'none'");

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

    static final String STAFF_AREA = "/arbeit";
    static final String LOGIN = "/anmelden";
    static final String PARTNER_AREA = "/partner";
    static final String LOGOUT = "/abmelden";
    /**
     * The directory's widget and its stylesheet, for homepages to embed: the only paths other sites may frame, and
     * they set no cookie at all (no CSRF token, no session, no language cookie), so the frame tracks nobody.
     */
    static final String[] EMBEDDABLE = { "/beratung/widget", "/beratung/widget.css" };

    /**
     * The staff area: login with a session (the session id changes at login), every page behind the STAFF role.
     * Which concerns a person may see is decided in the service layer, per object.
     */
    @Bean
    @Order(1)
    SecurityFilterChain staffArea(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> identityProviders,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> staffOidcLogin, LoginThrottle loginThrottle,
            DatabaseOutagePages outagePages)
            throws Exception {
        ClientRegistrationRepository providers = identityProviders.getIfAvailable();
        if (providers != null) {
            // Login through the Jobcenter's identity provider, when one is configured (spring.security.oauth2.client.*)
            http.oauth2Login(oidc -> oidc.loginPage(LOGIN).defaultSuccessUrl(STAFF_AREA, false)
                    .failureUrl(LOGIN + "?fehler=idp")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(staffOidcLogin.getObject())));
        }
        http
                .securityMatcher(STAFF_AREA, STAFF_AREA + "/**", PARTNER_AREA, PARTNER_AREA + "/**", LOGIN, LOGOUT,
                        "/oauth2/**", "/login/oauth2/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN, "/oauth2/**", "/login/oauth2/**").permitAll()
                        .requestMatchers(STAFF_AREA + "/verwaltung", STAFF_AREA + "/verwaltung/**").hasRole("ADMINISTRATOR")
                        .requestMatchers(PARTNER_AREA, PARTNER_AREA + "/**").hasRole("PARTNER")
                        .anyRequest().hasRole("STAFF"))
                .formLogin(login -> login.loginPage(LOGIN).loginProcessingUrl(LOGIN)
                        .usernameParameter("login").passwordParameter("password")
                        .successHandler(homeByRole()).failureHandler(loginFailure(outagePages)))
                .logout(logout -> logout.logoutUrl(LOGOUT).logoutSuccessUrl(LOGIN + "?abgemeldet"))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                // A client that guessed wrong too often is refused before its password is checked (after CSRF).
                .addFilterBefore(loginThrottle.filter(LOGIN), UsernamePasswordAuthenticationFilter.class);
        return strictHeaders(http).build();
    }

    /**
     * A wrong login or password goes back to the form with a note; a login that could not be checked because the
     * database is unreachable (or every connection busy) gets the 503 page, not an error 500.
     */
    private static org.springframework.security.web.authentication.AuthenticationFailureHandler loginFailure(
            DatabaseOutagePages outagePages) {
        var wrongLogin = new org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler(
                LOGIN + "?fehler");
        return (request, response, failure) -> {
            try {
                if (outagePages.answerOutage(request, response, failure)) {
                    return;
                }
            } catch (java.io.IOException | jakarta.servlet.ServletException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new jakarta.servlet.ServletException(e);
            }
            wrongLogin.onAuthenticationFailure(request, response, failure);
        };
    }

    /**
     * The embeddable widget: read only (GET), public, stateless. It keeps the strict policy except that the sites in
     * {@code lotse.directory.widget.frame-ancestors} (default: any) may frame it.
     */
    @Bean
    @Order(2)
    SecurityFilterChain embeddableWidget(HttpSecurity http,
            @Value("${lotse.directory.widget.frame-ancestors:*}") String frameAncestors) throws Exception {
        String policy = CONTENT_SECURITY_POLICY.replace(FRAME_ANCESTORS,
                "frame-ancestors " + FrameAncestors.directive(frameAncestors));
        http
                .securityMatcher(EMBEDDABLE)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // Nothing here changes anything, and a CSRF token would need a cookie.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                        .frameOptions(frameOptions -> frameOptions.disable())
                        // The widget says itself how long it may be kept (public, a few minutes).
                        .cacheControl(cache -> cache.disable())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain citizenFacing(HttpSecurity http, List<FormRecovery> formRecoveries, Environment environment)
            throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").access(new MetricsAccess(environment))
                        .requestMatchers("/actuator/**").denyAll()
                        .anyRequest().permitAll())
                // The API is called by programs without cookies; a CSRF token protects nothing there.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).ignoringRequestMatchers("/api/**"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new CsrfRecovery(formRecoveries)));
        return strictHeaders(http).build();
    }

    /**
     * After login: back to the page that asked for it, else home — the staff area for Jobcenter staff, the partner
     * area for counsellors.
     */
    private static org.springframework.security.web.authentication.AuthenticationSuccessHandler homeByRole() {
        return new org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response) {
                boolean partner = org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication().getAuthorities().stream()
                        .anyMatch(authority -> "ROLE_PARTNER".equals(authority.getAuthority()));
                return partner ? PARTNER_AREA : STAFF_AREA;
            }
        };
    }

    private static HttpSecurity strictHeaders(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
    }

    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName(FormRecovery.CSRF_COOKIE);
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return csrfTokens;
    }
}
