package de.lotse.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import de.lotse.IntegrationTest;
import de.lotse.organisation.CentreDraft;
import de.lotse.organisation.CentreId;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentre.Status;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.InvalidInput;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.NotFound;
import de.lotse.organisation.OrganisationAdministration;
import de.lotse.organisation.OrganisationAdministration.NewAccount;
import de.lotse.organisation.PartnerAdministration;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/** The Jobcenter's administrator registers, approves, suspends and re-approves counselling centres; nobody else may. */
@IntegrationTest
class PartnerAdministrationIntegrationTest {

    @Autowired PartnerAdministration partners;
    @Autowired OrganisationAdministration administration;
    @Autowired CounsellingCentres centres;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired UserDetailsService logins;
    @Autowired JdbcClient jdbc;

    private StaffFixtures staff;
    private PartnerFixtures fixtures;
    private StaffMember admin;

    @BeforeEach
    void fixtures() {
        staff = new StaffFixtures(accounts, sites, jobcenter);
        fixtures = new PartnerFixtures(centres, accounts, jobcenter);
        admin = staff.member(StaffRole.ADMINISTRATOR);
    }

    private static CentreDraft draft(String name) {
        return new CentreDraft(name, "Caritas (Test)", "WELFARE_ASSOCIATION", "beratung@caritas.lotse.test",
                "040 123456-0", "Teststraße 1\n20095 Hamburg");
    }

    @Test
    void only_administrators_manage_counselling_centres() {
        CounsellingCentre centre = fixtures.centre(Status.APPLIED);
        for (StaffMember other : new StaffMember[] { staff.member(StaffRole.SITE_MANAGER, "mitte"),
                staff.member(StaffRole.EXECUTIVE_MANAGER), fixtures.partnerAdmin(fixtures.approvedCentre()),
                fixtures.counsellor(fixtures.approvedCentre()) }) {
            assertThatThrownBy(() -> partners.centres(other)).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> partners.register(other, draft("Beratung " + PartnerFixtures.unique())))
                    .isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> partners.approve(other, centre.id())).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> partners.suspend(other, centre.id(), "Grund")).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> partners.createPartnerAdmin(other, centre.id(), "x." + PartnerFixtures.unique(), "X"))
                    .isInstanceOf(NotAllowed.class);
        }
        assertThat(centres.byId(centre.id())).map(CounsellingCentre::status).contains(Status.APPLIED);
    }

    @Test
    void a_registered_centre_waits_for_approval_and_the_approval_records_who_and_when() {
        String name = "Beratungsstelle Barmbek " + PartnerFixtures.unique();
        CounsellingCentre centre = partners.register(admin, draft("  " + name + " "));
        assertThat(centre.name()).isEqualTo(name);
        assertThat(centre.status()).isEqualTo(Status.APPLIED);
        assertThat(centre.phone()).contains("040 123456-0");
        assertThat(partners.centres(admin)).extracting(CounsellingCentre::id).contains(centre.id());

        Instant before = Instant.now();
        partners.approve(admin, centre.id());

        assertThat(partners.centre(admin, centre.id()).approved()).isTrue();
        CounsellingCentres.Standing standing = partners.standing(admin, centre.id());
        assertThat(standing.approvedBy()).contains(admin.displayName());
        assertThat(standing.approvedAt()).hasValueSatisfying(at -> assertThat(at).isAfterOrEqualTo(before.minusSeconds(1)));
        assertThat(partners.history(admin, centre.id())).extracting(CounsellingCentres.StatusChange::status)
                .containsExactly(Status.APPLIED, Status.APPROVED);
        assertThatThrownBy(() -> partners.approve(admin, centre.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void registering_says_what_is_wrong_with_each_field() {
        assertThatThrownBy(() -> partners.register(admin, new CentreDraft(" ", "", "CHURCH", "keine-adresse", "abc", "")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("name", "admin.partners.error.name"),
                                org.assertj.core.groups.Tuple.tuple("provider", "admin.partners.error.provider"),
                                org.assertj.core.groups.Tuple.tuple("kind", "admin.partners.error.kind"),
                                org.assertj.core.groups.Tuple.tuple("email", "admin.partners.error.email"),
                                org.assertj.core.groups.Tuple.tuple("phone", "admin.partners.error.phone")));

        CounsellingCentre existing = partners.register(admin, draft("Beratung Horn " + PartnerFixtures.unique()));
        assertThatThrownBy(() -> partners.register(admin, draft(existing.name().toUpperCase())))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.Problem::messageKey).containsExactly("admin.partners.error.nameTaken"));
    }

    @Test
    void a_suspension_needs_a_reason_and_can_be_lifted() {
        CounsellingCentre centre = partners.register(admin, draft("Beratung Billstedt " + PartnerFixtures.unique()));
        assertThatThrownBy(() -> partners.suspend(admin, centre.id(), "Grund")).as("only an approved centre")
                .isInstanceOf(IllegalStateException.class);
        partners.approve(admin, centre.id());

        assertThatThrownBy(() -> partners.suspend(admin, centre.id(), "  ")).isInstanceOf(InvalidInput.class);
        partners.suspend(admin, centre.id(), " Einwilligungen fehlten in drei Fällen ");

        assertThat(partners.centre(admin, centre.id()).status()).isEqualTo(Status.SUSPENDED);
        assertThat(partners.standing(admin, centre.id()).reason()).contains("Einwilligungen fehlten in drei Fällen");

        partners.approve(admin, centre.id());
        assertThat(partners.centre(admin, centre.id()).approved()).isTrue();
        assertThat(partners.standing(admin, centre.id()).reason()).isEmpty();
        assertThat(partners.history(admin, centre.id()))
                .extracting(CounsellingCentres.StatusChange::status, change -> change.reason().orElse(""),
                        change -> change.changedBy().orElse(""))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Status.APPLIED, "", admin.displayName()),
                        org.assertj.core.groups.Tuple.tuple(Status.APPROVED, "", admin.displayName()),
                        org.assertj.core.groups.Tuple.tuple(Status.SUSPENDED, "Einwilligungen fehlten in drei Fällen",
                                admin.displayName()),
                        org.assertj.core.groups.Tuple.tuple(Status.APPROVED, "", admin.displayName()));
    }

    @Test
    void the_first_partner_administrator_logs_in_to_the_partner_area_with_the_password_shown_once() {
        CounsellingCentre centre = fixtures.approvedCentre();
        String login = "Leitung." + PartnerFixtures.unique();
        NewAccount created = partners.createPartnerAdmin(admin, centre.id(), " " + login + " ", "Petra Leitung");

        assertThat(created.initialPassword()).hasSize(14);
        assertThat(created.member().role()).isEqualTo(StaffRole.PARTNER_ADMIN);
        assertThat(created.member().worksFor(centre.id())).isTrue();
        assertThat(created.member().login()).isEqualTo(login.toLowerCase());
        UserDetails details = logins.loadUserByUsername(login.toLowerCase());
        assertThat(details.isEnabled()).isTrue();
        assertThat(details.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_PARTNER", "ROLE_PARTNER_ADMIN");
        assertThat(partners.accounts(admin, centre.id())).extracting(account -> account.member().id())
                .containsExactly(created.member().id());
        assertThat(administration.staff(admin)).as("the Jobcenter's own staff list")
                .extracting(account -> account.member().id()).doesNotContain(created.member().id());

        assertThatThrownBy(() -> partners.createPartnerAdmin(admin, centre.id(), login, "Noch einmal"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.Problem::messageKey).containsExactly("partner.account.error.loginTaken"));

        partners.setActive(admin, centre.id(), created.member().id(), false);
        assertThat(logins.loadUserByUsername(login.toLowerCase()).isEnabled()).isFalse();
    }

    @Test
    void a_centre_of_another_jobcenter_or_none_at_all_is_not_found() {
        jdbc.sql("""
                INSERT INTO jobcenter (id, code, name, reference_prefix) VALUES (?, 'test-partners', 'Jobcenter Test', 'PQX')
                ON CONFLICT (code) DO NOTHING""").param(UUID.randomUUID()).update();
        JobcenterId other = new JobcenterId(jdbc.sql("SELECT id FROM jobcenter WHERE code = 'test-partners'")
                .query(UUID.class).single());
        CounsellingCentre elsewhere = centres.register(other, "Beratung anderswo " + PartnerFixtures.unique(), "Träger", CounsellingCentre.Kind.OTHER,
                "a@b.lotse.test", Optional.empty(), Optional.empty(), Status.APPLIED, Instant.now());

        assertThatThrownBy(() -> partners.centre(admin, elsewhere.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> partners.approve(admin, elsewhere.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> partners.createPartnerAdmin(admin, elsewhere.id(), "x." + PartnerFixtures.unique(), "X"))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> partners.approve(admin, new CentreId(UUID.randomUUID()))).isInstanceOf(NotFound.class);
        assertThat(partners.centres(admin)).extracting(CounsellingCentre::id).doesNotContain(elsewhere.id());

        StaffMember hamburgStaff = staff.member(StaffRole.AGENT, "mitte");
        assertThatThrownBy(() -> partners.setActive(admin, fixtures.approvedCentre().id(), hamburgStaff.id(), false))
                .as("a Jobcenter account is not one of the centre's").isInstanceOf(NotFound.class);
        assertThat(logins.loadUserByUsername(hamburgStaff.login()).isEnabled()).isTrue();
    }
}
