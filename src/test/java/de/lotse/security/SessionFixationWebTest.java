package de.lotse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lotse.IntegrationTest;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

/**
 * A session id an attacker planted before login (or read from the login page) is worth nothing afterwards: login
 * issues a new one, and logout ends the session on the server, so a copied cookie opens nothing.
 */
@IntegrationTest
class SessionFixationWebTest {

    @LocalServerPort int port;
    @Autowired StaffAccounts staffAccounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired CounsellingCentres centres;

    private StaffMember person(StaffRole role) {
        Accounts accounts = new Accounts(staffAccounts, sites, jobcenter, centres);
        return role.partner() ? accounts.partner(role) : accounts.staff(role);
    }

    private static String home(StaffRole role) {
        return role.partner() ? "/partner" : "/arbeit";
    }

    @ParameterizedTest
    @EnumSource(value = StaffRole.class, names = { "AGENT", "ADMINISTRATOR", "PARTNER_ADMIN", "COUNSELLOR" })
    void login_gives_a_new_session_id_and_the_one_from_before_opens_nothing(StaffRole role) {
        StaffMember member = person(role);
        LiveClient browser = new LiveClient(port);
        // A protected page makes the server open a session (it remembers the page), as a planted one would be.
        assertThat(browser.get(home(role)).statusCode()).isEqualTo(302);
        String before = browser.sessionId().orElseThrow();

        HttpResponse<String> login = browser.login(member.login(), LiveClient.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        String after = browser.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get(home(role)).statusCode()).isEqualTo(200);

        LiveClient attacker = new LiveClient(port);
        attacker.setCookie("JSESSIONID", before);
        assertThat(attacker.get(home(role)).statusCode()).as("the planted id is not logged in").isEqualTo(302);
    }

    @ParameterizedTest
    @EnumSource(value = StaffRole.class, names = { "AGENT", "PARTNER_ADMIN" })
    void logout_ends_the_session_on_the_server(StaffRole role) {
        StaffMember member = person(role);
        LiveClient browser = new LiveClient(port);
        browser.login(member.login(), LiveClient.PASSWORD);
        String session = browser.sessionId().orElseThrow();
        assertThat(browser.get(home(role)).statusCode()).isEqualTo(200);

        LiveClient copy = new LiveClient(port);
        copy.setCookie("JSESSIONID", session);
        assertThat(copy.get(home(role)).statusCode()).as("a copied cookie works while logged in").isEqualTo(200);

        HttpResponse<String> logout = browser.submit(home(role), "/abmelden", Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).get().asString().endsWith("/anmelden?abgemeldet");
        assertThat(copy.get(home(role)).statusCode()).as("the copied cookie after logout").isEqualTo(302);
        assertThat(browser.get(home(role)).statusCode()).isEqualTo(302);
    }
}
