package de.lotse.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lotse.IntegrationTest;
import de.lotse.concerns.CaseWork;
import de.lotse.concerns.CitizenAccess;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.ConcernNotFound;
import de.lotse.concerns.InboxFilter;
import de.lotse.concerns.InboxRow;
import de.lotse.concerns.Receipt;
import de.lotse.concerns.Reference;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

/** Who may see which concern: decided per object in the service layer. */
@IntegrationTest
class StaffAccessIntegrationTest {

    @Autowired CaseWork caseWork;
    @Autowired ConcernIntake intake;
    @Autowired CitizenAccess citizens;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;

    private StaffFixtures staff;

    @BeforeEach
    void fixtures() {
        staff = new StaffFixtures(accounts, sites, jobcenter);
    }

    private Receipt concernFrom(String postcode) {
        return intake.submit(new ConcernDraft("COMPLAINT", null, null, "Kein Geld seit zwei Wochen.", null, null,
                "Erika Mustermann", postcode, false, "NONE", null, null, "de", false), Optional.empty());
    }

    /**
     * The inbox rows the member sees when looking for this reference: the whole inbox holds every concern the shared
     * test database has gathered, more than one page of it.
     */
    private List<Reference> inboxLookingFor(StaffMember member, Receipt receipt) {
        InboxFilter all = InboxFilter.all();
        return caseWork.inbox(member, new InboxFilter(all.status(), all.kind(), all.urgency(), all.legalTopic(),
                all.site(), Optional.of(receipt.reference().value()), false, all.dueBy(), all.queue(), 0))
                .rows().stream().map(InboxRow::reference).toList();
    }

    @Test
    void an_agent_sees_and_opens_the_concerns_of_their_site() {
        Receipt mitte = concernFrom("20095");
        StaffMember agent = staff.member(StaffRole.AGENT, "mitte");

        assertThat(inboxLookingFor(agent, mitte)).containsExactly(mitte.reference());
        assertThat(caseWork.open(agent, mitte.reference().value()).content().name()).contains("Erika Mustermann");
    }

    @Test
    void a_concern_of_another_site_is_not_found_not_forbidden() {
        Receipt harburg = concernFrom("21073");
        StaffMember agent = staff.member(StaffRole.AGENT, "mitte");

        assertThat(inboxLookingFor(agent, harburg)).isEmpty();
        assertThatThrownBy(() -> caseWork.open(agent, harburg.reference().value())).isInstanceOf(ConcernNotFound.class);
    }

    @Test
    void an_area_manager_sees_every_site_of_the_area() {
        Receipt harburg = concernFrom("21073");
        StaffMember areaManager = staff.member(StaffRole.AREA_MANAGER, "harburg", "suederelbe", "wilhelmsburg");

        assertThat(caseWork.open(areaManager, harburg.reference().value()).reference()).isEqualTo(harburg.reference());
    }

    @Test
    void quality_management_and_administrators_read_no_personal_data() {
        Receipt mitte = concernFrom("20095");
        for (StaffRole role : new StaffRole[] { StaffRole.QUALITY_MANAGEMENT, StaffRole.ADMINISTRATOR }) {
            StaffMember member = staff.member(role, "mitte");
            assertThat(caseWork.inbox(member, InboxFilter.all()).rows()).isEmpty();
            assertThatThrownBy(() -> caseWork.open(member, mitte.reference().value())).isInstanceOf(ConcernNotFound.class);
        }
    }

    @Test
    void an_unrouted_concern_is_open_to_the_central_site_only_and_guessing_finds_nothing() {
        Receipt unrouted = concernFrom("99999");
        StaffMember central = staff.member(StaffRole.AGENT, "mitte");
        StaffMember elsewhere = staff.member(StaffRole.AGENT, "harburg");

        assertThat(caseWork.open(central, unrouted.reference().value()).reference()).isEqualTo(unrouted.reference());
        assertThatThrownBy(() -> caseWork.open(elsewhere, unrouted.reference().value())).isInstanceOf(ConcernNotFound.class);
        assertThatThrownBy(() -> caseWork.open(central, "HH-2026-NOPE")).isInstanceOf(ConcernNotFound.class);
    }

    @Test
    void the_citizen_sees_when_the_jobcenter_looked_but_not_who() {
        Receipt mitte = concernFrom("20095");
        assertThat(citizens.open(mitte.secret().value(), "citizen-device", "test").viewedByJobcenter()).isEmpty();

        caseWork.open(staff.member(StaffRole.AGENT, "mitte"), mitte.reference().value());

        assertThat(citizens.open(mitte.secret().value(), "citizen-device", "test").viewedByJobcenter()).hasSize(1);
    }
}
