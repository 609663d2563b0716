package de.lotse.directory.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.IntegrationTest;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/**
 * The import form over real HTTP: the CSRF token travels inside the multipart body, which only a real servlet
 * container parses (MockMvc hands parameters over ready-made).
 */
@IntegrationTest
class DirectoryImportHttpTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private DirectoryFixtures directory;

    @AfterEach
    void clean() {
        if (directory != null) {
            directory.remove();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page has a CSRF field").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void an_administrator_uploads_a_csv_through_the_form() throws Exception {
        directory = new DirectoryFixtures(jdbc, jobcenter.get().id().value());
        StaffMember admin = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.ADMINISTRATOR);
        String login = send(HttpRequest.newBuilder(uri("/anmelden")).GET().build()).body();
        send(HttpRequest.newBuilder(uri("/anmelden")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(login) + "&login=" + admin.login()
                        + "&password=" + StaffFixtures.PASSWORD)).build());
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/arbeit/verwaltung/verzeichnis/import")).GET().build());
        assertThat(form.statusCode()).isEqualTo(200);

        UUID service = UUID.randomUUID();
        UUID organization = UUID.randomUUID();
        directory.services.add(service);
        directory.organizations.add(organization);
        String csv = Csv.write(List.of(CsvImport.REQUIRED_COLUMNS, List.of(service.toString(), "Per Formular "
                + directory.token, "Über HTTP hochgeladen", organization.toString(), "Verein", "Ein Verein")));
        String boundary = "lotse-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(form.body())
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"liste.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> uploaded = send(HttpRequest.newBuilder(uri("/arbeit/verwaltung/verzeichnis/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());

        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.body()).contains("Importiert: 1 Dienste");
        assertThat(directory.status(service)).isEqualTo("IN_REVIEW");
    }
}
