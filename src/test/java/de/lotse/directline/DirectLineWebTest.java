package de.lotse.directline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/** The direct line's pages over HTTP: areas kept apart by role, errors keep what was typed, 404 for strangers. */
@IntegrationTest
class DirectLineWebTest {

    @Autowired MockMvc mvc;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired CounsellingCentres centres;

    private StaffMember counsellor;

    @BeforeEach
    void counsellor() {
        DirectLineFixtures partners = new DirectLineFixtures(centres, accounts, jobcenter);
        counsellor = partners.counsellor(partners.centre(CounsellingCentre.Status.APPROVED));
    }

    private MockHttpSession login(StaffMember member) throws Exception {
        return (MockHttpSession) mvc.perform(post("/anmelden").with(RealCsrf.from(mvc)).param("login", member.login())
                .param("password", StaffFixtures.PASSWORD)).andReturn().getRequest().getSession(false);
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_counsellor_lands_on_the_partner_area_and_may_not_enter_the_staff_area() throws Exception {
        var login = mvc.perform(post("/anmelden").with(RealCsrf.from(mvc)).param("login", counsellor.login())
                .param("password", StaffFixtures.PASSWORD)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).endsWith("/partner");
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);

        assertThat(mvc.perform(get("/partner").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/arbeit").session(session)).andReturn().getResponse().getStatus()).isEqualTo(403);
        MockHttpSession staff = login(new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.SITE_MANAGER, "mitte"));
        assertThat(mvc.perform(get("/partner").session(staff)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/arbeit/klaerung").session(staff)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void an_incomplete_referral_comes_back_with_every_error_and_everything_typed() throws Exception {
        MockHttpSession session = login(counsellor);

        MvcResult result = mvc.perform(post("/partner/klaerungsfaelle").session(session).with(RealCsrf.from(mvc))
                .param("clientName", "Olena <b>Kovalenko</b>").param("clientPostcode", "20095")
                .param("description", "Die Mietbescheinigung fehlt angeblich.").param("bescheidDelivery", "POST")
                .param("instruction", "UNKNOWN")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(result)).contains("error-summary", "Schweigepflicht", "value=\"Olena &lt;b>Kovalenko&lt;/b>\"",
                "Die Mietbescheinigung fehlt angeblich.").doesNotContain("<b>Kovalenko");
    }

    @Test
    void a_guessed_or_foreign_reference_is_simply_not_found() throws Exception {
        MockHttpSession session = login(counsellor);

        assertThat(mvc.perform(get("/partner/klaerungsfaelle/KL-2026-7KQ4-M2").session(session)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/partner/klaerungsfaelle/quatsch").session(session)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/einwilligung/" + "x".repeat(43))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void a_document_is_uploaded_with_the_form_token_and_downloaded_as_an_attachment() throws Exception {
        MockHttpSession session = login(counsellor);
        String location = mvc.perform(post("/partner/klaerungsfaelle").session(session).with(RealCsrf.from(mvc))
                .param("clientName", "Olena Kovalenko").param("clientPostcode", "20095")
                .param("legalTopic", "HOUSING_AND_HEATING").param("administrativeProblem", "HANDLING_OF_DOCUMENTS")
                .param("description", "Mietbescheinigung fehlt.").param("outcomeSought", "Zahlung")
                .param("confidentialityReleased", "true").param("bescheidDelivery", "POST").param("instruction", "UNKNOWN"))
                .andReturn().getResponse().getRedirectedUrl();
        String base = location.replaceAll("\\?.*$", "");
        byte[] pdf = "%PDF-1.7\n%unterschrieben".getBytes(StandardCharsets.US_ASCII);

        var upload = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(base + "/einwilligung")
                .file(new org.springframework.mock.web.MockMultipartFile("consentForm", "einwilligung.pdf", "application/pdf", pdf))
                .param("signedBy", "Olena Kovalenko").param("version", "0").session(session).with(RealCsrf.from(mvc)))
                .andReturn();
        assertThat(upload.getResponse().getStatus()).isEqualTo(302);

        String page = html(mvc.perform(get(base).session(session)).andReturn());
        assertThat(page).contains("Unterschriebene Einwilligung hochgeladen", "einwilligung.pdf");
        String link = page.replaceAll("(?s).*href=\"(" + java.util.regex.Pattern.quote(base) + "/dokument/[^\"]+)\".*", "$1");
        var download = mvc.perform(get(link).session(session)).andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");

        byte[] scan = new byte[3 * 1024 * 1024]; // a scanned Bescheid is bigger than any text form
        System.arraycopy(pdf, 0, scan, 0, pdf.length);
        var bigUpload = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(base + "/dokument")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "scan.pdf", "application/pdf", scan))
                .param("version", page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1")).session(session)
                .with(RealCsrf.from(mvc))).andReturn();
        assertThat(bigUpload.getResponse().getStatus()).isEqualTo(302);
    }
}
