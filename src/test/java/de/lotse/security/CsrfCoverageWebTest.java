package de.lotse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import de.lotse.IntegrationTest;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffRole;

/**
 * Every state-changing handler the application has refuses a request without a CSRF token, even from a logged-in
 * person whose browser carries the CSRF cookie. The only exceptions are the token-free paths below, each with the
 * protection it has instead, which is checked too. A new mapping that is neither protected nor listed fails here.
 */
@IntegrationTest
class CsrfCoverageWebTest {

    private static final Set<RequestMethod> CHANGING = EnumSet.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);

    /** Token-free on purpose: called by programs without cookies, each proven by its own protection below. */
    static final Map<String, String> TOKEN_FREE = Map.of(
            "POST /api/channels/threema", "signature (HMAC of the Gateway's secret)",
            "POST /api/channels/sms", "shared webhook secret",
            "POST /api/channels/telegram", "secret token header",
            "POST /api/channels/whatsapp", "X-Hub-Signature-256",
            "PUT /api/channels/matrix/_matrix/app/v1/transactions/{transaction}", "homeserver token",
            "POST /api/v1/concerns", "JSON only (a cross-site form cannot send it), no cookie read",
            "POST /api/v1/status/{secret}/messages", "JSON only, and the secret in the path");

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired StaffAccounts staffAccounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired CounsellingCentres centres;
    @Autowired ConcernIntake intake;

    /** "METHOD /path" of every state-changing mapping of the application (not of the tests' fake gateways). */
    private Set<String> changingMappings() {
        Set<String> found = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getSimpleName().startsWith("Fake")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            // A mapping without a method accepts all of them, POST included.
            Set<RequestMethod> changing = methods.isEmpty() ? CHANGING : EnumSet.copyOf(methods);
            changing.retainAll(CHANGING);
            for (RequestMethod verb : changing) {
                for (String pattern : info.getPatternValues()) {
                    found.add(verb + " " + pattern);
                }
            }
        });
        return found;
    }

    @Test
    void every_state_changing_mapping_refuses_a_request_without_a_token_even_with_a_valid_session() {
        Accounts accounts = new Accounts(staffAccounts, sites, jobcenter, centres);
        LiveClient admin = new LiveClient(port);
        assertThat(admin.login(accounts.staff(StaffRole.ADMINISTRATOR).login(), LiveClient.PASSWORD).statusCode()).isEqualTo(302);
        LiveClient partner = new LiveClient(port);
        assertThat(partner.login(accounts.partner(StaffRole.PARTNER_ADMIN).login(), LiveClient.PASSWORD).statusCode()).isEqualTo(302);
        LiveClient citizen = new LiveClient(port);
        citizen.csrfToken("/anliegen/neu"); // the browser holds the CSRF cookie, the forged request lacks the field

        // A real status link, so that the message form's CSRF recovery finds its concern and answers 403 itself.
        String secret = intake.submit(new ConcernDraft("QUESTION", null, null, "Frage", null, null, null, "20095", false,
                "NONE", null, null, "de", false), java.util.Optional.empty()).secret().value();
        Set<String> all = changingMappings();
        assertThat(all).as("the enumeration finds the application's forms").contains("POST /anliegen",
                "POST /arbeit/anliegen/{reference}/antwort", "POST /partner/klaerungsfaelle");
        List<String> unprotected = new ArrayList<>();
        for (String mapping : all) {
            if (TOKEN_FREE.containsKey(mapping)) {
                continue;
            }
            String verb = mapping.substring(0, mapping.indexOf(' '));
            String path = PathValues.fill(mapping.substring(verb.length() + 1), Map.of("secret", secret));
            LiveClient who = path.startsWith("/partner") ? partner : path.startsWith("/arbeit") ? admin : citizen;
            HttpResponse<String> answer = who.send(who.request(path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .method(verb, HttpRequest.BodyPublishers.ofString("text=forged")).build());
            if (answer.statusCode() != 403) {
                unprotected.add(mapping + " -> " + answer.statusCode());
            }
        }
        assertThat(unprotected).as("state-changing mappings that accept a request without a CSRF token").isEmpty();
    }

    @Test
    void the_token_free_list_names_only_mappings_that_exist() {
        assertThat(changingMappings()).containsAll(TOKEN_FREE.keySet());
    }

    @Test
    void the_token_free_webhooks_refuse_a_request_without_their_signature() {
        LiveClient stranger = new LiveClient(port);
        for (String mapping : TOKEN_FREE.keySet()) {
            if (!mapping.contains("/api/channels/")) {
                continue;
            }
            String verb = mapping.substring(0, mapping.indexOf(' '));
            String path = PathValues.fill(mapping.substring(verb.length() + 1));
            HttpResponse<String> answer = stranger.send(stranger.request(path)
                    .header("Content-Type", path.contains("threema") ? "application/x-www-form-urlencoded" : "application/json")
                    .method(verb, HttpRequest.BodyPublishers.ofString(path.contains("threema")
                            ? "from=ECHOECHO&to=*LOTSE01&messageId=0102030405060708&date=1&nonce=00&box=00&mac=00"
                            : "{\"message\":{\"text\":\"forged\"}}"))
                    .build());
            assertThat(answer.statusCode()).as(mapping).isIn(401, 403);
        }
    }

    @Test
    void the_json_api_takes_no_form_a_cross_site_page_could_send() {
        LiveClient citizen = new LiveClient(port);
        String token = citizen.csrfToken("/anliegen/neu");
        for (String type : List.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x")) {
            HttpResponse<String> answer = citizen.send(citizen.request("/api/v1/concerns").header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&kind=QUESTION&description=forged"))
                    .build());
            assertThat(answer.statusCode()).as(type).isEqualTo(415);
        }
        assertThat(citizen.send(citizen.request("/api/v1/concerns").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"QUESTION\",\"description\":\"forged\"}")).build())
                .statusCode()).isEqualTo(415);
    }
}
