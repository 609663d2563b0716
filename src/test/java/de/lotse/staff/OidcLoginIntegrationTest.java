package de.lotse.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Staff log in through an OIDC identity provider (here no.nav's mock-oauth2-server speaking the real protocol). The
 * role comes from the token; the sites from the Lotse account of the same name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lotse.embedded-mail.smtp-port=0", "lotse.embedded-mail.imap-port=0",
        "lotse.embedded-mail.intake-port=0", "lotse.scheduler.enabled=false" })
class OidcLoginIntegrationTest {

    private static final MockOAuth2Server identityProvider = new MockOAuth2Server();

    static {
        identityProvider.start();
    }

    @DynamicPropertySource
    static void identityProviderSettings(DynamicPropertyRegistry registry) {
        // A context of its own needs a data directory of its own: two PostgreSQL servers cannot share one.
        registry.add("lotse.data-dir", () -> Path.of("target", "test-data-oidc-" + UUID.randomUUID()).toString());
        registry.add("spring.security.oauth2.client.registration.jobcenter.client-id", () -> "lotse");
        registry.add("spring.security.oauth2.client.registration.jobcenter.client-secret", () -> "secret");
        registry.add("spring.security.oauth2.client.registration.jobcenter.client-name", () -> "Jobcenter-Konto");
        registry.add("spring.security.oauth2.client.registration.jobcenter.scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider.jobcenter.issuer-uri",
                () -> identityProvider.issuerUrl("jobcenter").toString());
    }

    @AfterAll
    static void stopIdentityProvider() {
        identityProvider.shutdown();
    }

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.ALWAYS).build();
    private StaffMember agent;

    @BeforeEach
    void anAccountInLotse() {
        agent = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
    }

    private HttpResponse<String> loginThroughIdentityProvider(String username, List<String> roles) throws Exception {
        identityProvider.enqueueCallback(new DefaultOAuth2TokenCallback("jobcenter", UUID.randomUUID().toString(), "JWT",
                List.of("lotse"), Map.of("preferred_username", username, "roles", roles), 3600));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/jobcenter"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_login_page_offers_the_identity_provider() throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/anmelden")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("Anmelden mit Jobcenter-Konto", "/oauth2/authorization/jobcenter");
    }

    @Test
    void a_staff_member_known_to_lotse_lands_in_the_inbox_with_the_role_from_the_token() throws Exception {
        HttpResponse<String> inbox = loginThroughIdentityProvider(agent.login(), List.of("offline_access", "lotse-site-manager"));

        assertThat(inbox.uri().getPath()).isEqualTo("/arbeit");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("Posteingang", "Angemeldet als " + agent.displayName());
    }

    @Test
    void the_identity_provider_decides_the_role() throws Exception {
        HttpResponse<String> inbox = loginThroughIdentityProvider(agent.login(), List.of("lotse-quality-management"));

        assertThat(inbox.body()).contains("Ihre Rolle arbeitet nicht mit einzelnen Anliegen");
    }

    @Test
    void a_person_without_a_lotse_account_is_refused() throws Exception {
        HttpResponse<String> refused = loginThroughIdentityProvider("nobody-" + UUID.randomUUID(), List.of("lotse-agent"));

        assertThat(refused.uri().toString()).contains("/anmelden?fehler");
        assertThat(refused.body()).contains("Die Anmeldung hat nicht geklappt");
    }
}
