package de.lotse.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import de.lotse.IntegrationTest;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.InvalidInput;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.NotFound;
import de.lotse.organisation.OrganisationAdministration.NewAccount;
import de.lotse.organisation.PartnerAdministration;
import de.lotse.organisation.PartnerTeam;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/**
 * A counselling centre's administrator keeps the centre's team: only their own centre's people, only while the centre
 * is approved, never their own account.
 */
@IntegrationTest
class PartnerTeamIntegrationTest {

    @Autowired PartnerTeam team;
    @Autowired PartnerAdministration partners;
    @Autowired CounsellingCentres centres;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired UserDetailsService logins;

    private PartnerFixtures fixtures;
    private StaffFixtures staff;

    @BeforeEach
    void fixtures() {
        fixtures = new PartnerFixtures(centres, accounts, jobcenter);
        staff = new StaffFixtures(accounts, sites, jobcenter);
    }

    @Test
    void a_partner_administrator_invites_a_counsellor_who_logs_in_with_the_password_shown_once() {
        CounsellingCentre centre = fixtures.approvedCentre();
        StaffMember partnerAdmin = fixtures.partnerAdmin(centre);
        String login = "berater." + PartnerFixtures.unique();

        NewAccount invited = team.invite(partnerAdmin, login, " Ben Berater ", StaffRole.COUNSELLOR);

        assertThat(invited.initialPassword()).hasSize(14);
        assertThat(invited.member().displayName()).isEqualTo("Ben Berater");
        assertThat(invited.member().worksFor(centre.id())).isTrue();
        assertThat(invited.member().role()).isEqualTo(StaffRole.COUNSELLOR);
        assertThat(logins.loadUserByUsername(login).isEnabled()).isTrue();
        assertThat(team.members(partnerAdmin)).extracting(account -> account.member().id())
                .containsExactlyInAnyOrder(partnerAdmin.id(), invited.member().id());
    }

    @Test
    void an_invitation_says_what_is_wrong() {
        StaffMember partnerAdmin = fixtures.partnerAdmin(fixtures.approvedCentre());
        assertThatThrownBy(() -> team.invite(partnerAdmin, "ä b", "", StaffRole.AGENT))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.Problem::field).containsExactly("login", "name", "role"));
        assertThatThrownBy(() -> team.invite(partnerAdmin, partnerAdmin.login(), "Doppelt", StaffRole.COUNSELLOR))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.Problem::messageKey).containsExactly("partner.account.error.loginTaken"));
    }

    @Test
    void a_removed_counsellor_cannot_log_in_and_nobody_removes_themselves() {
        CounsellingCentre centre = fixtures.approvedCentre();
        StaffMember partnerAdmin = fixtures.partnerAdmin(centre);
        StaffMember counsellor = fixtures.counsellor(centre);

        team.remove(partnerAdmin, counsellor.id());

        assertThat(logins.loadUserByUsername(counsellor.login()).isEnabled()).isFalse();
        assertThatThrownBy(() -> team.remove(partnerAdmin, partnerAdmin.id())).isInstanceOf(IllegalArgumentException.class);
        assertThat(logins.loadUserByUsername(partnerAdmin.login()).isEnabled()).isTrue();
    }

    @Test
    void a_removed_partner_administrator_stops_at_once_even_in_an_open_session() {
        CounsellingCentre centre = fixtures.approvedCentre();
        StaffMember first = fixtures.partnerAdmin(centre);
        StaffMember second = fixtures.partnerAdmin(centre);

        team.remove(first, second.id());

        assertThatThrownBy(() -> team.members(second)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> team.remove(second, first.id())).isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_partner_administrator_never_sees_or_changes_another_centres_people() {
        StaffMember adminOfA = fixtures.partnerAdmin(fixtures.approvedCentre());
        CounsellingCentre centreB = fixtures.approvedCentre();
        StaffMember counsellorOfB = fixtures.counsellor(centreB);
        StaffMember adminOfB = fixtures.partnerAdmin(centreB);
        StaffMember jobcenterStaff = staff.member(StaffRole.AGENT, "mitte");

        assertThat(team.members(adminOfA)).extracting(account -> account.member().id())
                .doesNotContain(counsellorOfB.id(), adminOfB.id(), jobcenterStaff.id());
        assertThatThrownBy(() -> team.remove(adminOfA, counsellorOfB.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> team.remove(adminOfA, adminOfB.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> team.remove(adminOfA, jobcenterStaff.id())).isInstanceOf(NotFound.class);

        assertThat(logins.loadUserByUsername(counsellorOfB.login()).isEnabled()).isTrue();
        assertThat(logins.loadUserByUsername(jobcenterStaff.login()).isEnabled()).isTrue();
    }

    @Test
    void a_counsellor_and_jobcenter_staff_cannot_keep_a_team() {
        CounsellingCentre centre = fixtures.approvedCentre();
        StaffMember counsellor = fixtures.counsellor(centre);
        StaffMember colleague = fixtures.counsellor(centre);
        for (StaffMember other : new StaffMember[] { counsellor, staff.member(StaffRole.ADMINISTRATOR),
                staff.member(StaffRole.SITE_MANAGER, "mitte") }) {
            assertThatThrownBy(() -> team.members(other)).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> team.invite(other, "x." + PartnerFixtures.unique(), "X", StaffRole.COUNSELLOR))
                    .isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> team.remove(other, colleague.id())).isInstanceOf(NotAllowed.class);
            assertThat(team.mayManage(other)).isFalse();
        }
        assertThat(team.centreOf(counsellor).id()).isEqualTo(centre.id());
        assertThat(logins.loadUserByUsername(colleague.login()).isEnabled()).isTrue();
    }

    @Test
    void a_suspended_centres_people_log_in_see_why_and_can_do_nothing_until_approved_again() {
        StaffMember admin = staff.member(StaffRole.ADMINISTRATOR);
        CounsellingCentre centre = fixtures.approvedCentre();
        StaffMember partnerAdmin = fixtures.partnerAdmin(centre);
        StaffMember counsellor = fixtures.counsellor(centre);
        partners.suspend(admin, centre.id(), "Prüfung der Einwilligungen");

        assertThat(logins.loadUserByUsername(partnerAdmin.login()).isEnabled()).isTrue();
        assertThat(team.centreOf(partnerAdmin).approved()).isFalse();
        assertThat(team.standingOf(counsellor).reason()).contains("Prüfung der Einwilligungen");
        assertThat(team.mayManage(partnerAdmin)).isFalse();
        assertThatThrownBy(() -> team.members(partnerAdmin)).isInstanceOf(PartnerTeam.CentreNotApproved.class);
        assertThatThrownBy(() -> team.invite(partnerAdmin, "x." + PartnerFixtures.unique(), "X", StaffRole.COUNSELLOR))
                .isInstanceOf(PartnerTeam.CentreNotApproved.class);
        assertThatThrownBy(() -> team.remove(partnerAdmin, counsellor.id()))
                .isInstanceOf(PartnerTeam.CentreNotApproved.class);

        partners.approve(admin, centre.id());
        assertThat(team.mayManage(partnerAdmin)).isTrue();
    }

    @Test
    void a_centre_that_only_applied_can_do_nothing_yet() {
        StaffMember partnerAdmin = fixtures.partnerAdmin(fixtures.centre(CounsellingCentre.Status.APPLIED));
        assertThatThrownBy(() -> team.members(partnerAdmin)).isInstanceOf(PartnerTeam.CentreNotApproved.class);
    }
}
