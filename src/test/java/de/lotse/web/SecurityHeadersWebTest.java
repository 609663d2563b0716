package de.lotse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lotse.IntegrationTest;

/**
 * The headers every answer carries, checked over real HTTP (Tomcat, the forwarded headers of a trusted proxy, Spring
 * Security, error dispatch) on a citizen page, a staff page, an API answer and an error page.
 */
@IntegrationTest
class SecurityHeadersWebTest {

    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, boolean behindTls) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (behindTls) {
            // what the TLS-terminating proxy in front of Lotse adds; trusted from loopback and private addresses
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "10.20.30.40");
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "citizen page, /, 200", "staff page, /anmelden, 200", "API answer, /api/hsds, 200",
            "error page, /gibt-es-nicht, 404", "API error, /api/v1/gibt-es-nicht, 404" })
    void every_answer_carries_the_strict_headers(String what, String path, int status) throws Exception {
        HttpResponse<String> response = get(path, false);
        assertThat(response.statusCode()).isEqualTo(status);
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "base-uri 'none'",
                        "form-action 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(headers.firstValue("Permissions-Policy")).get().asString()
                .contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "/", "/anmelden", "/api/hsds", "/gibt-es-nicht" })
    void behind_a_tls_proxy_browsers_are_told_to_stay_on_https(String path) throws Exception {
        HttpResponse<String> response = get(path, true);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=31536000", "includeSubDomains");
    }
}
