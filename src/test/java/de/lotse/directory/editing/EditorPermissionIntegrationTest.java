package de.lotse.directory.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.IntegrationTest;
import de.lotse.directory.DirectorySnapshot;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.PartnerAdministration;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/**
 * Object-level rights of partner editing, in the service layer whatever the pages let through: editors of a centre
 * edit only the entries of organizations linked to it (or granted to it by the coordinator), while the centre is
 * approved; counsellors and Jobcenter staff edit none; only the administrator reviews.
 */
@IntegrationTest
class EditorPermissionIntegrationTest {

    @Autowired DirectoryEditing editing;
    @Autowired DirectoryReview review;
    @Autowired DirectorySnapshot snapshot;
    @Autowired JdbcClient jdbc;
    @Autowired CounsellingCentres centres;
    @Autowired PartnerAdministration partners;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;

    private EditingFixtures fixtures;
    private StaffFixtures staff;
    private CounsellingCentre centre;
    private UUID entry;

    @BeforeEach
    void fixtures() {
        fixtures = new EditingFixtures(jdbc, centres, accounts, jobcenter);
        staff = new StaffFixtures(accounts, sites, jobcenter);
        centre = fixtures.approvedCentre();
        entry = fixtures.publishedEntry(centre, "Beratung");
    }

    @AfterEach
    void clean() {
        fixtures.remove();
    }

    /** Every way an editor touches the entry refuses the person. */
    private void refusedEverything(StaffMember person) {
        EntryDraft draft = new EntryDraft();
        for (ThrowingCallable step : new ThrowingCallable[] { () -> editing.draft(person, entry),
                () -> editing.propose(person, entry, draft), () -> editing.proposeWithdrawal(person, entry),
                () -> editing.confirm(person, entry), () -> editing.history(person, entry),
                () -> editing.takeBack(person, entry), () -> editing.pending(person, entry) }) {
            assertThatThrownBy(step).as(person.role().name()).isInstanceOf(NotAllowed.class);
        }
    }

    @Test
    void directory_editors_and_partner_administrators_edit_their_own_centres_entries() {
        for (StaffRole role : new StaffRole[] { StaffRole.DIRECTORY_EDITOR, StaffRole.PARTNER_ADMIN }) {
            StaffMember editor = fixtures.person(centre, role);
            assertThat(editing.entries(editor)).extracting(DirectoryEditing.Listed::service).containsExactly(entry);
            assertThat(editing.propose(editor, entry, editing.draft(editor, entry)).pending()).isTrue();
        }
    }

    @Test
    void an_editor_of_another_centre_cannot_touch_the_entry() {
        StaffMember stranger = fixtures.editor(fixtures.approvedCentre());
        refusedEverything(stranger);
        assertThat(editing.entries(stranger)).isEmpty();
        assertThatThrownBy(() -> editing.newDraft(stranger, fixtures.organization(centre))).isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_counsellor_sees_referrals_but_does_not_edit_the_directory() {
        StaffMember counsellor = fixtures.person(centre, StaffRole.COUNSELLOR);
        refusedEverything(counsellor);
        assertThatThrownBy(() -> editing.entries(counsellor)).isInstanceOf(NotAllowed.class);
    }

    @Test
    void the_editors_of_a_suspended_centre_cannot_edit() {
        StaffMember editor = fixtures.editor(centre);
        StaffMember admin = staff.member(StaffRole.ADMINISTRATOR);
        partners.suspend(admin, centre.id(), "Prüfung läuft");
        refusedEverything(editor);
        assertThatThrownBy(() -> editing.entries(editor)).isInstanceOf(NotAllowed.class);
    }

    @Test
    void jobcenter_staff_are_not_editors_and_only_the_administrator_reviews() {
        StaffMember agent = staff.member(StaffRole.AGENT, "mitte");
        refusedEverything(agent);
        StaffMember editor = fixtures.editor(centre);
        DirectoryChange change = editing.propose(editor, entry, editing.draft(editor, entry));
        for (StaffMember notCoordinator : new StaffMember[] { agent, editor, staff.member(StaffRole.SITE_MANAGER, "mitte"),
                fixtures.person(centre, StaffRole.PARTNER_ADMIN) }) {
            assertThatThrownBy(() -> review.queue(notCoordinator)).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> review.reviewing(notCoordinator, change.id())).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> review.publish(notCoordinator, change.id())).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> review.reject(notCoordinator, change.id(), "nein")).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> review.history(notCoordinator, entry)).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> review.grant(notCoordinator, centre.id(), UUID.randomUUID()))
                    .isInstanceOf(NotAllowed.class);
        }
        assertThat(editing.history(editor, entry)).singleElement().satisfies(still -> assertThat(still.pending()).isTrue());
    }

    @Test
    void an_umbrella_edits_its_members_entries_while_the_coordinator_grants_it() {
        CounsellingCentre umbrella = fixtures.approvedCentre();
        StaffMember umbrellaEditor = fixtures.editor(umbrella);
        StaffMember admin = staff.member(StaffRole.ADMINISTRATOR);
        UUID member = jdbc.sql("SELECT organization_id FROM directory_service WHERE id = ?").param(entry)
                .query(UUID.class).single();
        refusedEverything(umbrellaEditor);

        review.grant(admin, umbrella.id(), member);
        assertThat(review.grants(admin)).anySatisfy(grant -> assertThat(grant.organization()).isEqualTo(member));
        assertThat(editing.entries(umbrellaEditor)).extracting(DirectoryEditing.Listed::service).containsExactly(entry);
        assertThat(editing.propose(umbrellaEditor, entry, editing.draft(umbrellaEditor, entry)).pending()).isTrue();

        review.revoke(admin, umbrella.id(), member);
        refusedEverything(umbrellaEditor);
    }

    @Test
    void an_entry_of_no_centre_is_edited_by_no_partner() {
        UUID unlinked = fixtures.service(fixtures.organization(null), "Ohne Beratungsstelle");
        StaffMember editor = fixtures.editor(centre);
        assertThatThrownBy(() -> editing.draft(editor, unlinked)).isInstanceOf(NotAllowed.class);
        assertThat(editing.entries(editor)).extracting(DirectoryEditing.Listed::service).doesNotContain(unlinked);
    }

    @Test
    void an_editor_cannot_overwrite_another_organizations_location_by_its_id() {
        UUID foreign = fixtures.service(fixtures.organization(fixtures.approvedCentre()), "Fremd");
        UUID foreignLocation = jdbc.sql("SELECT location_id FROM directory_service_at_location WHERE service_id = ?")
                .param(foreign).query(UUID.class).single();
        StaffMember editor = fixtures.editor(centre);
        EntryDraft draft = editing.draft(editor, entry);
        draft.locations.get(0).id = foreignLocation.toString();
        draft.locations.get(0).name = "Übernommen";
        StaffMember admin = staff.member(StaffRole.ADMINISTRATOR);
        review.publish(admin, editing.propose(editor, entry, draft).id());

        assertThat(jdbc.sql("SELECT name FROM directory_location WHERE id = ?").param(foreignLocation).query(String.class)
                .single()).isEqualTo("Beratungsladen");
        assertThat(snapshot.published(entry)).map(published -> published.locations().get(0).id())
                .hasValueSatisfying(id -> assertThat(id).isNotEqualTo(foreignLocation));
    }
}
