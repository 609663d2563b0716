package de.lotse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import de.lotse.security.LiveClient.FilePart;
import de.lotse.staff.StaffFixtures;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Hostile files where Lotse takes files (documents of the direct line, e-mail attachments, the directory import):
 * polyglots, path-traversal and disguised names, oversized files and lying content types are refused or neutralised —
 * kept under a generated id, named safely, typed by their bytes, and handed out only as a download that no browser
 * renders ({@code Content-Disposition: attachment}, {@code X-Content-Type-Options: nosniff}).
 */
@IntegrationTest
class UploadsWebTest {

    /** GIF header, then script: a valid image to an image viewer and valid JavaScript to a script loader. */
    static final byte[] GIF_JS = "GIF89a/*\u0001\u0001\u0000\u0000*/=0;alert('xss-gif');//".getBytes(StandardCharsets.ISO_8859_1);
    /** A PDF that is also an HTML page with a script, if a browser were to sniff it. */
    static final byte[] PDF_HTML = "%PDF-1.4\n<html><body><script>alert('xss-pdf')</script></body></html>\n%%EOF"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] HTML = "<!doctype html><script>alert('xss-html')</script>".getBytes(StandardCharsets.US_ASCII);
    static final String LONG_NAME = "a".repeat(500) + ".pdf";

    private static final Pattern DOCUMENT_LINK = Pattern.compile("href=\"(/partner/klaerungsfaelle/[^\"]+/dokument/[^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort int port;
    @Autowired StaffAccounts staffAccounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired CounsellingCentres centres;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired JdbcClient jdbc;

    private record Referral(LiveClient counsellor, String base) {
        HttpResponse<String> upload(String filename, String type, byte[] content) {
            String page = counsellor.get(base).body();
            Matcher version = VERSION.matcher(page);
            assertThat(version.find()).isTrue();
            return counsellor.upload(base + "/dokument",
                    Map.of("version", version.group(1), "_csrf", counsellor.csrfToken(base)),
                    new FilePart("file", filename, type, content));
        }

        List<String> documentLinks() {
            return DOCUMENT_LINK.matcher(counsellor.get(base).body()).results().map(found -> found.group(1)).toList();
        }
    }

    private Referral referral() {
        StaffMember member = new Accounts(staffAccounts, sites, jobcenter, centres).partner(StaffRole.COUNSELLOR);
        LiveClient counsellor = new LiveClient(port);
        counsellor.login(member.login(), LiveClient.PASSWORD);
        Map<String, String> fields = new HashMap<>(Map.of("clientName", "Olena Kovalenko", "clientPostcode", "20095",
                "legalTopic", "HOUSING_AND_HEATING", "administrativeProblem", "HANDLING_OF_DOCUMENTS",
                "description", "Mietbescheinigung fehlt.", "outcomeSought", "Zahlung", "confidentialityReleased", "true",
                "bescheidDelivery", "POST", "instruction", "UNKNOWN"));
        HttpResponse<String> created = counsellor.submit("/partner/klaerungsfaelle/neu", "/partner/klaerungsfaelle", fields);
        assertThat(created.statusCode()).as(created.body()).isIn(302, 303);
        Referral referral = new Referral(counsellor,
                java.net.URI.create(created.headers().firstValue("Location").orElseThrow()).getPath());
        // The signed consent form on paper: the referral leaves "awaiting consent", and its page offers uploads.
        String base = referral.base();
        Matcher version = VERSION.matcher(counsellor.get(base).body());
        assertThat(version.find()).isTrue();
        HttpResponse<String> consent = counsellor.upload(base + "/einwilligung", Map.of("version", version.group(1),
                "signedBy", "Olena Kovalenko", "_csrf", counsellor.csrfToken(base)),
                new FilePart("consentForm", "einwilligung.pdf", "application/pdf", "%PDF-1.7\n%unterschrieben".getBytes(StandardCharsets.US_ASCII)));
        assertThat(consent.statusCode()).as(consent.body()).isIn(302, 303);
        return referral;
    }

    private static void assertServedAsDownload(HttpResponse<byte[]> download, String type) {
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).get().asString().startsWith(type);
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment")
                .doesNotContain("..", "/", "\\", "\u202E", "\u0000");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");
    }

    private HttpResponse<byte[]> download(LiveClient who, String link) {
        return who.sendForBytes(who.request(link).GET().build());
    }

    @Test
    void polyglots_with_traversal_names_are_kept_by_their_bytes_under_a_safe_name_and_only_downloaded() {
        Referral referral = referral();
        List<String> before = referral.documentLinks();
        assertThat(referral.upload("../../etc/passwd", "text/javascript", GIF_JS).statusCode()).isIn(302, 303);
        assertThat(referral.upload("..\\..\\x.html", "text/html", PDF_HTML).statusCode()).isIn(302, 303);
        assertThat(referral.upload("rechnung\u202Efdp.exe", "application/pdf", PDF_HTML).statusCode()).isIn(302, 303);
        assertThat(referral.upload(LONG_NAME, "application/pdf", PDF_HTML).statusCode()).isIn(302, 303);
        assertThat(referral.upload("scan\u0000.pdf.exe", "application/pdf", PDF_HTML).statusCode()).as("refused or cleaned").isIn(302, 303, 400, 413, 422);

        String page = referral.counsellor().get(referral.base()).body();
        assertThat(page).contains("passwd", "x.html").doesNotContain("../", "..\\", "\u202E", "a".repeat(121));
        List<String> links = new java.util.ArrayList<>(referral.documentLinks());
        links.removeAll(before);
        assertThat(links).hasSizeGreaterThanOrEqualTo(4);
        for (String link : links) {
            assertThat(link).as("stored under a generated id, not under its name")
                    .matches(".*/dokument/[0-9a-f-]{36}");
        }
        HttpResponse<byte[]> gif = download(referral.counsellor(), links.get(0));
        assertServedAsDownload(gif, "image/gif");
        assertThat(gif.headers().firstValue("Content-Disposition")).get().asString().contains("passwd");
        HttpResponse<byte[]> pdf = download(referral.counsellor(), links.get(1));
        assertServedAsDownload(pdf, "application/pdf");
        for (String link : links) {
            HttpResponse<byte[]> file = download(referral.counsellor(), link);
            assertThat(file.headers().firstValue("Content-Type")).get().asString().matches("(image/gif|application/pdf).*");
            assertServedAsDownload(file, "");
            assertThat(file.headers().firstValue("Content-Disposition")).get().asString().hasSizeLessThan(400);
        }
    }

    @Test
    void a_file_that_only_claims_to_be_a_pdf_is_refused_with_a_translated_message() {
        Referral referral = referral();
        List<String> before = referral.documentLinks();
        HttpResponse<String> refused = referral.upload("bescheid.pdf", "application/pdf", HTML);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Nur PDF-Dateien und Fotos").doesNotContain("<script>alert('xss-html')");
        assertThat(referral.documentLinks()).isEqualTo(before);
    }

    @Test
    void an_oversized_file_is_refused_with_a_translated_page_and_nothing_is_kept() {
        Referral referral = referral();
        List<String> before = referral.documentLinks();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF_HTML, 0, big, 0, PDF_HTML.length);
        HttpResponse<String> refused = referral.upload("gross.pdf", "application/pdf", big);
        assertThat(refused.statusCode()).isIn(413, 422);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Die Datei ist zu groß", "höchstens 10 MB").doesNotContain("Tomcat");
        assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(referral.documentLinks()).isEqualTo(before);
    }

    @Test
    void hostile_mail_attachments_are_refused_or_kept_by_their_bytes_and_only_downloaded() throws Exception {
        String sender = "anhang-" + UUID.randomUUID() + "@example.org";
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Im Anhang der Bescheid.", "UTF-8");
        parts.addBodyPart(text);
        parts.addBodyPart(attachment("../../evil.html", "image/png", HTML));
        parts.addBodyPart(attachment("..\\..\\bild\u202Efig.js", "application/javascript", GIF_JS));
        parts.addBodyPart(attachment(LONG_NAME, "text/html", PDF_HTML));
        new CitizenMail(context).send(sender, "Bescheid", null, parts);

        long deadline = System.nanoTime() + 30_000_000_000L;
        while (jdbc.sql("SELECT count(*) FROM concern WHERE contact_email = ?").param(sender).query(Long.class).single() == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        String reference = jdbc.sql("SELECT reference FROM concern WHERE contact_email = ?").param(sender)
                .query(String.class).single();
        // Which site a mail lands at is routing, not what is checked here: give it to Mitte.
        jdbc.sql("UPDATE concern SET site_id = (SELECT id FROM site WHERE code = 'mitte' LIMIT 1) WHERE reference = ? AND site_id IS NULL")
                .param(reference).update();
        assertThat(jdbc.sql("SELECT a.outcome FROM channel_attachment a JOIN concern c ON c.id = a.concern_id WHERE c.reference = ? ORDER BY a.position")
                .param(reference).query(String.class).list()).containsExactly("TYPE_REFUSED", "KEPT", "KEPT");

        StaffMember manager = new StaffFixtures(staffAccounts, sites, jobcenter).member(StaffRole.SITE_MANAGER, "mitte");
        LiveClient staff = new LiveClient(port);
        staff.login(manager.login(), LiveClient.PASSWORD);
        String page = staff.get("/arbeit/anliegen/" + reference).body();
        assertThat(page).contains("evil.html").doesNotContain("../", "..\\", "\u202E", "a".repeat(121));
        List<String> links = Pattern.compile("href=\"(/arbeit/anliegen/[^\"]+/anhang/[^\"]+)\"").matcher(page).results()
                .map(found -> found.group(1)).toList();
        assertThat(links).hasSize(2).allMatch(link -> link.matches(".*/anhang/[0-9a-f-]{36}"));
        assertServedAsDownload(download(staff, links.get(0)), "image/gif");
        assertServedAsDownload(download(staff, links.get(1)), "application/pdf");
    }

    @Test
    void a_script_or_page_given_to_the_directory_import_is_refused_with_a_translated_message() {
        StaffMember admin = new Accounts(staffAccounts, sites, jobcenter, centres).staff(StaffRole.ADMINISTRATOR);
        LiveClient browser = new LiveClient(port);
        browser.login(admin.login(), LiveClient.PASSWORD);
        String form = "/arbeit/verwaltung/verzeichnis/import";
        for (FilePart hostile : List.of(new FilePart("file", "../../dienste.csv", "text/csv", HTML),
                new FilePart("file", "dienste.json", "application/json", GIF_JS))) {
            HttpResponse<String> refused = browser.upload(form, Map.of("_csrf", browser.csrfToken(form)), hostile);
            assertThat(refused.statusCode()).as(hostile.filename()).isEqualTo(422);
            XssProbes.assertOnlyEscaped("import result", refused.body(), List.of("<script>alert('xss-html')</script>"));
        }
    }

    private static MimeBodyPart attachment(String name, String type, byte[] content) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(name);
        return part;
    }
}
