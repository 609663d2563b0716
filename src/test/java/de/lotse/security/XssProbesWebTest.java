package de.lotse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.IntegrationTest;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;

/**
 * The XSS probe set ({@code security/xss-probes.txt}) goes in through every way a citizen can write to Lotse — the
 * intake form, the status page's messages, the directory search, the accessibility feedback, the JSON API, e-mail as
 * plain text and as HTML over SMTP — and the pages where citizens and staff then see it show it only as text.
 */
@IntegrationTest
class XssProbesWebTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired StaffAccounts staffAccounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired CounsellingCentres centres;

    private final List<String> probes = XssProbes.all();

    private static Map<String, String> intake(String description, String name) {
        return Map.ofEntries(Map.entry("kind", "QUESTION"), Map.entry("description", description),
                Map.entry("name", name), Map.entry("postcode", "20095"), Map.entry("contactChannel", "NONE"),
                Map.entry("preferredLanguage", "de"), Map.entry("idempotencyKey", UUID.randomUUID().toString()));
    }

    private static String secretFrom(HttpResponse<String> submitted) {
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(303);
        String location = submitted.headers().firstValue("Location").orElseThrow();
        return location.replaceAll(".*/status/([^/?#]+).*", "$1");
    }

    /** The staff page of the concern whose description contains this tag, as a site manager of its site sees it. */
    private String staffPage(String tag) {
        String reference = jdbc.sql("SELECT reference FROM concern WHERE description LIKE ?").param("%" + tag + "%")
                .query(String.class).single();
        // Which site a mail without postcode lands at is routing, not what is checked here: give it to Mitte.
        jdbc.sql("UPDATE concern SET site_id = (SELECT id FROM site WHERE code = 'mitte' LIMIT 1) WHERE reference = ? AND site_id IS NULL")
                .param(reference).update();
        StaffMember manager = new StaffFixtures(staffAccounts, sites, jobcenter).member(StaffRole.SITE_MANAGER, "mitte");
        LiveClient staff = new LiveClient(port);
        staff.login(manager.login(), LiveClient.PASSWORD);
        HttpResponse<String> page = staff.get("/arbeit/anliegen/" + reference);
        assertThat(page.statusCode()).isEqualTo(200);
        String inbox = staff.get("/arbeit").body();
        XssProbes.assertOnlyEscaped("staff inbox", inbox, probes);
        return page.body();
    }

    @Test
    void probes_typed_into_the_intake_form_show_as_text_to_the_citizen_and_to_staff() {
        String tag = "intake-" + UUID.randomUUID();
        LiveClient citizen = new LiveClient(port);
        String secret = secretFrom(citizen.submit("/anliegen/neu", "/anliegen",
                intake(XssProbes.joined() + "\n" + tag, probes.get(1).substring(0, 30))));

        String status = citizen.get("/status/" + secret).body();
        XssProbes.assertShown("status page", status, probes);
        XssProbes.assertOnlyEscaped("status page", status, probes);
        String staff = staffPage(tag);
        XssProbes.assertShown("staff concern page", staff, probes);
        XssProbes.assertOnlyEscaped("staff concern page", staff, probes);
    }

    @Test
    void each_probe_in_each_field_comes_back_escaped_when_the_form_is_shown_again() {
        LiveClient citizen = new LiveClient(port);
        for (String probe : probes) {
            // No kind chosen: the form comes back with every field as typed (in value="..." and in the textarea).
            Map<String, String> fields = new java.util.HashMap<>(intake(probe, probe));
            fields.put("kind", "");
            fields.put("email", probe);
            fields.put("phone", probe);
            fields.put("customerNumber", probe);
            fields.put("postcode", probe);
            fields.put("noticeDate", probe);
            HttpResponse<String> again = citizen.submit("/anliegen/neu", "/anliegen", fields);
            assertThat(again.statusCode()).isEqualTo(422);
            XssProbes.assertShown("intake form again", again.body(), List.of(probe));
            XssProbes.assertOnlyEscaped("intake form again", again.body(), List.of(probe));
        }
    }

    @Test
    void probes_sent_as_status_page_messages_show_as_text_to_the_citizen_and_to_staff() {
        String tag = "messages-" + UUID.randomUUID();
        LiveClient citizen = new LiveClient(port);
        String secret = secretFrom(citizen.submit("/anliegen/neu", "/anliegen", intake("Frage " + tag, "Erika")));
        String form = "/status/" + secret;
        for (String probe : probes) {
            HttpResponse<String> sent = citizen.submit(form, form + "/nachrichten",
                    Map.of("text", probe, "idempotencyKey", UUID.randomUUID().toString()));
            assertThat(sent.statusCode()).as(probe).isEqualTo(303);
        }
        String status = citizen.get(form).body();
        XssProbes.assertShown("status page messages", status, probes);
        XssProbes.assertOnlyEscaped("status page messages", status, probes);
        String staff = staffPage(tag);
        XssProbes.assertShown("staff concern page messages", staff, probes);
        XssProbes.assertOnlyEscaped("staff concern page messages", staff, probes);
    }

    @Test
    void probes_in_the_directory_search_and_filters_come_back_escaped() {
        LiveClient citizen = new LiveClient(port);
        for (String probe : probes) {
            String q = URLEncoder.encode(probe, StandardCharsets.UTF_8);
            HttpResponse<String> results = citizen.get("/beratung?suche=" + q + "&plz=" + q + "&bezirk=" + q + "&thema="
                    + q + "&sprache=" + q + "&offen=" + q + "&barrierefrei=" + q);
            assertThat(results.statusCode()).isIn(200, 400);
            XssProbes.assertShown("directory search", results.body(), List.of(probe));
            XssProbes.assertOnlyEscaped("directory search", results.body(), List.of(probe));
            HttpResponse<String> widget = citizen.get("/beratung/widget?suche=" + q + "&thema=" + q + "&bezirk=" + q);
            XssProbes.assertOnlyEscaped("directory widget", widget.body(), List.of(probe));
        }
    }

    @Test
    void probes_in_the_accessibility_feedback_come_back_escaped() {
        LiveClient citizen = new LiveClient(port);
        for (String probe : probes) {
            // A wrong e-mail address: the form comes back with everything as typed.
            HttpResponse<String> again = citizen.submit("/barrierefreiheit", "/barrierefreiheit/rueckmeldung",
                    Map.of("message", probe, "page", probe, "name", probe, "email", probe));
            assertThat(again.statusCode()).isEqualTo(422);
            XssProbes.assertShown("feedback form again", again.body(), List.of(probe));
            XssProbes.assertOnlyEscaped("feedback form again", again.body(), List.of(probe));
        }
    }

    @Test
    void probes_sent_through_the_json_api_show_as_text_on_the_pages_and_as_plain_json() {
        String tag = "api-" + UUID.randomUUID();
        LiveClient program = new LiveClient(port);
        String body = "{\"kind\":\"QUESTION\",\"postcode\":\"20095\",\"contactChannel\":\"NONE\",\"preferredLanguage\":\"de\","
                + "\"description\":" + json(XssProbes.joined() + "\n" + tag) + "}";
        HttpResponse<String> created = program.send(program.request("/api/v1/concerns")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String secret = created.body().replaceAll(".*\"statusUrl\":\"[^\"]*/status/([^\"]+)\".*", "$1");
        for (String probe : probes) {
            HttpResponse<String> message = program.send(program.request("/api/v1/status/" + secret + "/messages")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":" + json(probe) + "}")).build());
            assertThat(message.statusCode()).as(message.body()).isEqualTo(201);
        }
        HttpResponse<String> status = program.get("/api/v1/status/" + secret);
        assertThat(status.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(status.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        String page = new LiveClient(port).get("/status/" + secret).body();
        XssProbes.assertShown("status page of an API concern", page, probes);
        XssProbes.assertOnlyEscaped("status page of an API concern", page, probes);
        String staff = staffPage(tag);
        XssProbes.assertShown("staff page of an API concern", staff, probes);
        XssProbes.assertOnlyEscaped("staff page of an API concern", staff, probes);
    }

    @Test
    void probes_in_plain_and_html_mail_show_as_text_on_the_staff_page() throws Exception {
        String plainTag = "mail-plain-" + UUID.randomUUID();
        String htmlTag = "mail-html-" + UUID.randomUUID();
        mail("Frage " + probes.get(0), XssProbes.joined() + "\n" + plainTag, null);
        StringBuilder html = new StringBuilder("<html><body>");
        for (String probe : probes) {
            // raw, as an attacker's mail program would put it into the HTML part
            html.append("<p>").append(probe).append("</p>");
        }
        html.append("<p>").append(htmlTag).append("</p></body></html>");
        mail("Frage <b onmouseover=alert('xss-subject')>", null, html.toString());

        String plain = within(Duration.ofSeconds(30), plainTag);
        XssProbes.assertShown("staff page of a plain mail", plain, probes);
        XssProbes.assertOnlyEscaped("staff page of a plain mail", plain, probes);
        String fromHtml = within(Duration.ofSeconds(30), htmlTag);
        XssProbes.assertOnlyEscaped("staff page of an HTML mail", fromHtml, probes);
        assertThat(fromHtml).doesNotContain("<b onmouseover");
    }

    /** The staff page of the concern a mail became, once the intake has committed it. */
    private String within(Duration wait, String tag) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (jdbc.sql("SELECT count(*) FROM concern WHERE description LIKE ?").param("%" + tag + "%")
                .query(Long.class).single() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return staffPage(tag);
    }

    private void mail(String subject, String text, String html) throws Exception {
        MimeMultipart parts = null;
        if (html != null) {
            // HTML only, as some mail programs send it: the intake has to make text of it itself.
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setContent(html, "text/html; charset=UTF-8");
            parts = new MimeMultipart(htmlPart);
        }
        new CitizenMail(context).send("xss-" + UUID.randomUUID() + "@example.org", subject, text, parts);
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
