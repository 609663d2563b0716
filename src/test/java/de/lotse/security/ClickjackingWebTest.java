package de.lotse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import de.lotse.concerns.Receipt;
import de.lotse.directory.DirectoryEntries;
import de.lotse.directory.DirectoryEntry;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffRole;

/**
 * No page of Lotse can be framed by another site (clickjacking): every GET mapping, filled with demo data and fetched
 * as the person it is for, answers with {@code X-Frame-Options: DENY} and {@code frame-ancestors 'none'} — except the
 * directory widget, which is made for embedding and sends no frame-options at all.
 */
@IntegrationTest
class ClickjackingWebTest {

    /** The paths other sites may frame (SecurityConfiguration.EMBEDDABLE). */
    private static final Set<String> EMBEDDABLE = Set.of("/beratung/widget", "/beratung/widget.css");

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired StaffAccounts staffAccounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired CounsellingCentres centres;
    @Autowired ConcernIntake intake;
    @Autowired DirectoryEntries directory;

    private Set<String> pages() {
        Set<String> found = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!method.getBeanType().getSimpleName().startsWith("Fake")
                    && (methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                found.addAll(info.getPatternValues());
            }
        });
        return found;
    }

    private Map<String, String> demoValues() {
        Receipt concern = intake.submit(new ConcernDraft("QUESTION", null, null, "Frage", null, null, null, "20095", false,
                "NONE", null, null, "de", false), Optional.empty());
        DirectoryEntry entry = directory.published().get(0);
        Map<String, String> values = new HashMap<>();
        values.put("secret", concern.secret().value());
        values.put("reference", concern.reference().value());
        values.put("service", entry.service().id().toString());
        values.put("id", entry.organization().id().toString());
        values.put("quarter", "2026-Q1");
        return values;
    }

    @Test
    void every_page_but_the_widget_forbids_framing() {
        Accounts accounts = new Accounts(staffAccounts, sites, jobcenter, centres);
        LiveClient manager = new LiveClient(port);
        manager.login(accounts.staff(StaffRole.SITE_MANAGER).login(), LiveClient.PASSWORD);
        LiveClient admin = new LiveClient(port);
        admin.login(accounts.staff(StaffRole.ADMINISTRATOR).login(), LiveClient.PASSWORD);
        LiveClient partner = new LiveClient(port);
        partner.login(accounts.partner(StaffRole.PARTNER_ADMIN).login(), LiveClient.PASSWORD);
        LiveClient citizen = new LiveClient(port);
        Map<String, String> values = demoValues();

        List<String> frameable = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        int shown = 0;
        for (String pattern : pages()) {
            String path = PathValues.fill(pattern, values);
            LiveClient who = path.startsWith("/partner") ? partner
                    : path.startsWith("/arbeit/verwaltung") || path.startsWith("/arbeit/testpostfach") ? admin
                    : path.startsWith("/arbeit") ? manager : citizen;
            HttpResponse<String> page = who.get(path);
            // Spring Boot's /error, fetched directly instead of by an error dispatch, knows no status and says 500.
            if (page.statusCode() >= 500 && !pattern.equals("/error")) {
                broken.add(pattern + " -> " + page.statusCode());
            }
            if (page.statusCode() == 200) {
                shown++;
            }
            String frameOptions = page.headers().firstValue("X-Frame-Options").orElse("");
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            if (EMBEDDABLE.contains(pattern)) {
                assertThat(frameOptions).as(pattern).isEmpty();
                assertThat(policy).as(pattern).contains("frame-ancestors").doesNotContain("frame-ancestors 'none'");
            } else if (!frameOptions.equals("DENY") || !policy.contains("frame-ancestors 'none'")) {
                frameable.add(pattern + " (" + page.statusCode() + ", X-Frame-Options: " + frameOptions + ")");
            }
        }
        assertThat(broken).as("pages that fail with demo data").isEmpty();
        assertThat(frameable).as("pages another site could frame").isEmpty();
        assertThat(shown).as("pages really shown, not just refused").isGreaterThan(pages().size() / 2);
    }
}
