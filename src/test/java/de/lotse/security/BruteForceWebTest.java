package de.lotse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lotse.IntegrationTest;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

/**
 * Guessing is cut short: status link secrets (10 wrong links a minute per client in the tests), passwords of one
 * account (5 in a row lock it for 15 minutes) and passwords across many accounts (20 failures per client in 15
 * minutes). People who do nothing wrong are not hurt: another client, and the right link, still get in.
 */
@IntegrationTest
class BruteForceWebTest {

    @LocalServerPort int port;
    @Autowired ConcernIntake intake;
    @Autowired StaffAccounts staffAccounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired CounsellingCentres centres;

    private String secret() {
        return intake.submit(new ConcernDraft("QUESTION", null, null, "Frage", null, null, null, "20095", false,
                "NONE", null, null, "de", false), Optional.empty()).secret().value();
    }

    private static String guess() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 22);
    }

    @Test
    void guessing_status_links_is_refused_with_429_after_ten_wrong_links_and_others_still_get_in() {
        String secret = secret();
        LiveClient guesser = new LiveClient(port);
        for (int i = 0; i < 10; i++) {
            assertThat(guesser.get("/status/" + guess()).statusCode()).isEqualTo(404);
        }
        HttpResponse<String> refused = guesser.get("/status/" + guess());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Bitte warten Sie eine Minute");
        assertThat(guesser.get("/status/" + secret).statusCode()).as("even a right link, while the client waits")
                .isEqualTo(429);
        assertThat(guesser.get("/api/v1/status/" + guess()).statusCode()).as("the API counts alike").isEqualTo(429);
        assertThat(guesser.get("/status/" + guess() + "/meine-daten").statusCode()).as("the export counts alike")
                .isEqualTo(429);

        LiveClient citizen = new LiveClient(port);
        assertThat(citizen.get("/status/" + secret).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(value = StaffRole.class, names = { "AGENT", "PARTNER_ADMIN" })
    void five_wrong_passwords_lock_the_account_with_a_page_that_says_so(StaffRole role) {
        Accounts accounts = new Accounts(staffAccounts, sites, jobcenter, centres);
        StaffMember member = role.partner() ? accounts.partner(role) : accounts.staff(role);
        LiveClient guesser = new LiveClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.login(member.login(), "falsch-" + i).headers().firstValue("Location")).get()
                    .asString().endsWith("/anmelden?fehler");
        }
        // From anywhere, with the right password: the account is locked, and the page says why it may be.
        LiveClient owner = new LiveClient(port);
        assertThat(owner.login(member.login(), LiveClient.PASSWORD).headers().firstValue("Location")).get()
                .asString().endsWith("/anmelden?fehler");
        assertThat(owner.get("/anmelden?fehler").body()).contains("für 15 Minuten gesperrt");
        assertThat(owner.get("/anmelden?fehler&lang=en").body()).contains("locked for 15 minutes");
    }

    @Test
    void one_client_trying_many_accounts_gets_429_with_a_translated_page_while_others_log_in() {
        Accounts accounts = new Accounts(staffAccounts, sites, jobcenter, centres);
        StaffMember agent = accounts.staff(StaffRole.AGENT);
        StaffMember counsellor = accounts.partner(StaffRole.COUNSELLOR);
        LiveClient sprayer = new LiveClient(port);
        for (int i = 0; i < 20; i++) {
            assertThat(sprayer.login("niemand-" + guess(), "Sommer2026!").statusCode()).isEqualTo(302);
        }
        HttpResponse<String> refused = sprayer.login(agent.login(), LiveClient.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).get().satisfies(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 15 * 60 + 1));
        assertThat(refused.body()).contains("zu viele fehlgeschlagene Anmeldungen").doesNotContain("falsche Links");
        assertThat(refused.headers().allValues("Set-Cookie")).as("no new session for a refused login")
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));

        LiveClient colleague = new LiveClient(port);
        assertThat(colleague.login(agent.login(), LiveClient.PASSWORD).headers().firstValue("Location")).get()
                .asString().endsWith("/arbeit");
        LiveClient partner = new LiveClient(port);
        assertThat(partner.login(counsellor.login(), LiveClient.PASSWORD).headers().firstValue("Location")).get()
                .asString().endsWith("/partner");
    }

    @Test
    void the_refusal_is_in_english_for_an_english_browser() {
        LiveClient sprayer = new LiveClient(port);
        for (int i = 0; i < 20; i++) {
            sprayer.login("niemand-" + guess(), "Sommer2026!");
        }
        HttpResponse<String> refused = sprayer.send(sprayer.request("/anmelden").header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("login=x&password=y&_csrf="
                        + sprayer.csrfToken("/anmelden")))
                .build());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many failed logins");
    }
}
