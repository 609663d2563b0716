package de.lotse.directline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.lotse.calendar.TestCalendars;
import de.lotse.concerns.AdministrativeProblem;
import de.lotse.concerns.LegalTopic;
import de.lotse.concerns.Reference;
import de.lotse.concerns.Urgency;
import de.lotse.directline.ReferralEntry.Side;
import de.lotse.organisation.CentreId;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffId;

/** The referral's guarded steps, without a database. */
class ReferralUnitTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private final ReferralClocks clocks = new ReferralClocks(TestCalendars.hamburg(), 2, 10, 5, LocalTime.of(18, 0));

    private static Referral fresh() {
        Referral.Content content = new Referral.Content(Urgency.NORMAL, LegalTopic.HOUSING_AND_HEATING,
                AdministrativeProblem.HANDLING_OF_DOCUMENTS, "Mietbescheinigung verschwunden", "KdU zahlen", "Olena K.",
                Optional.empty(), Optional.empty(), Optional.empty(), true, Optional.empty(), false);
        return Referral.open(new ReferralId(UUID.randomUUID()), new JobcenterId(UUID.randomUUID()),
                Reference.parse("KL-2026-7KQ4-M2").orElseGet(() -> Reference.next("KL", 2026, new java.util.Random(1))),
                new CentreId(UUID.randomUUID()), new StaffId(UUID.randomUUID()), content,
                Optional.of(new SiteId(UUID.randomUUID())), MONDAY);
    }

    @Test
    void nothing_happens_on_a_referral_before_the_clients_consent() {
        Referral referral = fresh();

        assertThatThrownBy(() -> referral.write(Side.JOBCENTER, "staff:x", "Hallo", MONDAY))
                .isInstanceOf(IllegalReferralStep.class);
        assertThatThrownBy(() -> referral.escalate("staff:c", "keine Antwort", false, MONDAY, clocks))
                .isInstanceOf(IllegalReferralStep.class);
        assertThatThrownBy(() -> referral.resolve("staff:x", ReferralOutcome.REMEDIED, Optional.empty(), Optional.empty(),
                MONDAY)).isInstanceOf(IllegalReferralStep.class);
    }

    @Test
    void the_jobcenters_first_message_is_its_first_response_and_moves_the_clock_to_the_settlement() {
        Referral referral = fresh();
        referral.consentGiven(MONDAY, clocks);
        Instant resolutionDue = referral.clocks().resolutionDue().orElseThrow();

        referral.write(Side.JOBCENTER, "staff:x", "Wir prüfen.", MONDAY.plusSeconds(3600));

        assertThat(referral.status()).isEqualTo(ReferralStatus.ANSWERED);
        assertThat(referral.clocks().firstResponseAt()).contains(MONDAY.plusSeconds(3600));
        assertThat(referral.clocks().levelDue()).contains(resolutionDue);
        referral.write(Side.CENTRE, "staff:c", "Und?", MONDAY.plusSeconds(7200));
        assertThat(referral.status()).isEqualTo(ReferralStatus.OPEN);
        assertThat(referral.releaseEvents()).hasAtLeastOneElementOfType(DirectLineEvents.JobcenterWrote.class)
                .hasAtLeastOneElementOfType(DirectLineEvents.CentreWrote.class);
    }

    @Test
    void the_ladder_ends_at_the_executive_management() {
        Referral referral = fresh();
        referral.consentGiven(MONDAY, clocks);
        referral.escalate("system", "Frist", true, MONDAY, clocks);
        referral.escalate("system", "Frist", true, MONDAY, clocks);

        assertThat(referral.level()).isEqualTo(EscalationLevel.EXECUTIVE);
        assertThatThrownBy(() -> referral.escalate("staff:c", "weiter", false, MONDAY, clocks))
                .isInstanceOf(IllegalReferralStep.class);
        referral.overdueAtTop(MONDAY);
        assertThat(referral.clocks().levelDue()).isEmpty();
        assertThat(referral.levelOverdue(MONDAY.plusSeconds(86_400 * 30))).isFalse();
    }

    @Test
    void a_withdrawn_consent_ends_everything() {
        Referral referral = fresh();
        referral.consentGiven(MONDAY, clocks);
        referral.consentWithdrawn(MONDAY);

        assertThat(referral.status()).isEqualTo(ReferralStatus.CONSENT_WITHDRAWN);
        assertThatThrownBy(() -> referral.note(Side.CENTRE, "staff:c", "x", MONDAY)).isInstanceOf(IllegalReferralStep.class);
        assertThatThrownBy(() -> referral.consentWithdrawn(MONDAY)).isInstanceOf(IllegalReferralStep.class);
        assertThat(referral.levelOverdue(MONDAY.plusSeconds(86_400 * 30))).isFalse();
    }

    @Test
    void rerouting_needs_another_site_and_a_reason_and_happens_only_while_the_case_runs() {
        Referral referral = fresh();
        referral.consentGiven(MONDAY, clocks);
        SiteId here = referral.site().orElseThrow();

        assertThatThrownBy(() -> referral.reroute("staff:x", here, "Umzug", MONDAY)).isInstanceOf(IllegalReferralStep.class);
        assertThatThrownBy(() -> referral.reroute("staff:x", new SiteId(UUID.randomUUID()), " ", MONDAY))
                .isInstanceOf(IllegalReferralStep.class);
        referral.resolve("staff:x", ReferralOutcome.REMEDIED, Optional.empty(), Optional.empty(), MONDAY);
        assertThatThrownBy(() -> referral.reroute("staff:x", new SiteId(UUID.randomUUID()), "Umzug", MONDAY))
                .isInstanceOf(IllegalReferralStep.class);
    }
}
