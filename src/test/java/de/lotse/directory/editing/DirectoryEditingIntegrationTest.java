package de.lotse.directory.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;

import de.lotse.IntegrationTest;
import de.lotse.SentMail;
import de.lotse.calendar.HamburgCalendar;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.DirectorySnapshot;
import de.lotse.directory.EntryTranslations;
import de.lotse.directory.Translation;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/**
 * Partner editing: a proposal leaves the published entry alone until the coordinator publishes it; a newer one
 * supersedes it; a rejection says why; a change made on an older version is a conflict; every step stays as history.
 */
@IntegrationTest
class DirectoryEditingIntegrationTest {

    @Autowired DirectoryEditing editing;
    @Autowired DirectoryReview review;
    @Autowired DirectorySnapshot snapshot;
    @Autowired EntryTranslations translations;
    @Autowired JdbcClient jdbc;
    @Autowired CounsellingCentres centres;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired GreenMail mailServer;

    private EditingFixtures fixtures;
    private CounsellingCentre centre;
    private StaffMember editor;
    private StaffMember coordinator;

    @BeforeEach
    void fixtures() {
        fixtures = new EditingFixtures(jdbc, centres, accounts, jobcenter);
        centre = fixtures.approvedCentre();
        editor = fixtures.editor(centre);
        coordinator = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.ADMINISTRATOR);
    }

    @AfterEach
    void clean() {
        fixtures.remove();
        snapshot.refresh();
    }

    /** The mail to that address that mentions the text (in subject or body), waited for: mails leave after the commit. */
    private String mailMentioning(String address, String text) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (jakarta.mail.internet.MimeMessage mail : SentMail.to(mailServer, address, 0)) {
                String all = mail.getSubject() + "\n" + SentMail.plainText(mail);
                if (all.contains(text)) {
                    return all;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + address + " mentions " + text);
    }

    private LocalDate today() {
        return LocalDate.now(HamburgCalendar.ZONE);
    }

    @Test
    void a_proposal_stays_unpublished_until_the_coordinator_publishes_it() throws Exception {
        UUID service = fixtures.publishedEntry(centre, "Sozialberatung");
        snapshot.refresh();
        EntryDraft draft = editing.draft(editor, service);
        draft.name = "Sozialberatung neu " + fixtures.token;
        draft.hours.get(0).closes = "14:30";
        draft.translations.get(0).language = "en";
        draft.translations.get(0).name = "Social advice";

        DirectoryChange change = editing.propose(editor, service, draft);

        assertThat(change.kind()).isEqualTo(DirectoryChange.Kind.UPDATE);
        assertThat(change.changedFields()).containsExactly("name", "hours", "translations");
        assertThat(snapshot.published(service)).map(entry -> entry.service().name()).contains("Sozialberatung " + fixtures.token);
        assertThat(review.queue(coordinator)).extracting(DirectoryChange::id).contains(change.id());
        assertThat(mailMentioning("verzeichnis@jobcenter.lotse.test", draft.name))
                .contains("/arbeit/verwaltung/verzeichnis/aenderungen/" + change.id().value());

        DirectoryReview.Reviewing reviewing = review.reviewing(coordinator, change.id());
        assertThat(reviewing.fields()).filteredOn(EntryDiff.Field::changed).extracting(EntryDiff.Field::key)
                .containsExactly("name", "hours", "translations");
        review.publish(coordinator, change.id());

        DirectoryEntry published = snapshot.published(service).orElseThrow();
        assertThat(published.service().name()).isEqualTo(draft.name);
        assertThat(published.service().verifiedAt()).contains(today());
        assertThat(published.schedules()).singleElement().satisfies(hours -> assertThat(hours.closesAt()).hasToString("14:30"));
        assertThat(published.locations()).singleElement().satisfies(location -> assertThat(location.accessibility()).isNotEmpty());
        assertThat(translations.of(service)).containsExactly(new Translation("en", "name", "Social advice"));
        assertThat(fixtures.column(service, "verified_by")).isEqualTo(editor.displayName());
        assertThat(editing.history(editor, service)).singleElement().satisfies(done -> {
            assertThat(done.status()).isEqualTo(DirectoryChange.Status.PUBLISHED);
            assertThat(done.review()).map(r -> r.by().name()).contains(coordinator.displayName());
        });
        assertThat(mailMentioning(centre.email(), "veröffentlicht")).contains("/partner/verzeichnis/" + service);
    }

    @Test
    void a_newer_proposal_supersedes_the_pending_one_and_the_editor_may_take_it_back() {
        UUID service = fixtures.publishedEntry(centre, "Schuldnerberatung");
        EntryDraft first = editing.draft(editor, service);
        first.description = "Erste Fassung";
        DirectoryChange older = editing.propose(editor, service, first);

        EntryDraft second = editing.draft(editor, service);
        assertThat(second.description).as("editing continues the pending proposal").isEqualTo("Erste Fassung");
        second.description = "Zweite Fassung";
        DirectoryChange newer = editing.propose(editor, service, second);

        assertThat(editing.history(editor, service)).extracting(DirectoryChange::id, DirectoryChange::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(newer.id(), DirectoryChange.Status.PENDING),
                        org.assertj.core.groups.Tuple.tuple(older.id(), DirectoryChange.Status.SUPERSEDED));
        assertThatThrownBy(() -> review.publish(coordinator, older.id())).isInstanceOf(IllegalStateException.class);

        editing.takeBack(editor, service);
        assertThat(editing.history(editor, service).get(0).status()).isEqualTo(DirectoryChange.Status.WITHDRAWN_BY_EDITOR);
        assertThat(review.queue(coordinator)).extracting(DirectoryChange::service).doesNotContain(service);
    }

    @Test
    void a_rejection_needs_a_reason_which_the_editor_reads() throws Exception {
        UUID service = fixtures.publishedEntry(centre, "Mieterberatung");
        EntryDraft draft = editing.draft(editor, service);
        draft.feesDescription = "10 Euro";
        draft.freeOfCharge = false;
        DirectoryChange change = editing.propose(editor, service, draft);

        assertThatThrownBy(() -> review.reject(coordinator, change.id(), "  ")).isInstanceOf(InvalidEntry.class);
        review.reject(coordinator, change.id(), "Bitte die Kosten genauer beschreiben.");

        assertThat(editing.entries(editor)).filteredOn(listed -> listed.service().equals(service)).singleElement()
                .satisfies(listed -> {
                    assertThat(listed.pending()).isEmpty();
                    assertThat(listed.lastReviewed()).flatMap(DirectoryChange::review)
                            .flatMap(DirectoryChange.Review::comment).contains("Bitte die Kosten genauer beschreiben.");
                });
        assertThat(fixtures.column(service, "free_of_charge")).isEqualTo("true");
        assertThat(mailMentioning(centre.email(), "Kosten genauer")).contains("abgelehnt");
    }

    @Test
    void a_change_made_on_an_older_version_of_the_entry_is_a_conflict() {
        UUID service = fixtures.publishedEntry(centre, "Erwerbslosenberatung");
        EntryDraft stale = editing.draft(editor, service);
        EntryDraft other = editing.draft(editor, service);
        other.name = "Zuerst veröffentlicht " + fixtures.token;
        review.publish(coordinator, editing.propose(editor, service, other).id());

        stale.description = "Auf altem Stand bearbeitet";
        assertThatThrownBy(() -> editing.propose(editor, service, stale)).isInstanceOfSatisfying(InvalidEntry.class,
                invalid -> assertThat(invalid.problems()).extracting(InvalidEntry.Problem::field).containsExactly("base"));

        stale.base = editing.base(editor, service);
        assertThat(editing.propose(editor, service, stale).pending()).isTrue();
    }

    @Test
    void a_new_entry_and_a_withdrawal_go_through_review_too() {
        UUID organization = fixtures.organization(centre);
        EntryDraft draft = editing.newDraft(editor, organization);
        draft.name = "Neue Beratung " + fixtures.token;
        draft.description = "Neu im Verzeichnis";
        draft.topics = List.of("DEBT");
        draft.locations.get(0).name = "Laden";
        draft.locations.get(0).address = "Beispielweg 2";
        draft.locations.get(0).postalCode = "21107";
        draft.locations.get(0).district = "HAMBURG_MITTE";
        DirectoryChange proposed = editing.proposeNew(editor, organization, draft);
        assertThat(proposed.kind()).isEqualTo(DirectoryChange.Kind.NEW);
        assertThat(editing.entries(editor)).extracting(DirectoryEditing.Listed::name).contains(draft.name);
        assertThat(snapshot.published(proposed.service())).isEmpty();

        review.publish(coordinator, proposed.id());
        assertThat(snapshot.published(proposed.service())).map(entry -> entry.locations().get(0).postalCode())
                .contains("21107");

        DirectoryChange withdrawal = editing.proposeWithdrawal(editor, proposed.service());
        assertThat(snapshot.published(proposed.service())).isPresent();
        review.publish(coordinator, withdrawal.id());
        assertThat(snapshot.published(proposed.service())).isEmpty();
        assertThat(fixtures.column(proposed.service(), "status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void still_correct_marks_the_entry_verified_today() {
        UUID service = fixtures.publishedEntry(centre, "Migrationsberatung");
        snapshot.refresh();
        assertThat(editing.entries(editor)).filteredOn(listed -> listed.service().equals(service)).singleElement()
                .satisfies(listed -> assertThat(listed.possiblyOutdated()).isTrue());

        editing.confirm(editor, service);

        assertThat(snapshot.published(service)).flatMap(entry -> entry.service().verifiedAt()).contains(today());
        assertThat(editing.entries(editor)).filteredOn(listed -> listed.service().equals(service)).singleElement()
                .satisfies(listed -> assertThat(listed.possiblyOutdated()).isFalse());
    }

    @Test
    void bad_input_is_reported_field_by_field() {
        UUID service = fixtures.publishedEntry(centre, "Familienberatung");
        EntryDraft draft = editing.draft(editor, service);
        draft.name = " ";
        draft.organizationEmail = "keine-adresse";
        draft.locations.get(0).postalCode = "99999";
        draft.hours.get(0).opens = "25:00";
        draft.languages = "de, !!";
        draft.topics = List.of();
        draft.phones.get(0).number = "12";
        draft.translations.get(0).language = "de";
        draft.translations.get(0).name = "Doppelt";

        assertThatThrownBy(() -> editing.propose(editor, service, draft)).isInstanceOfSatisfying(InvalidEntry.class,
                invalid -> assertThat(invalid.problems()).extracting(InvalidEntry.Problem::field, InvalidEntry.Problem::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple("name", "partner.directory.error.required"),
                                org.assertj.core.groups.Tuple.tuple("organizationEmail", "partner.directory.error.email"),
                                org.assertj.core.groups.Tuple.tuple("locations[0].postalCode", "partner.directory.error.unknownPostcode"),
                                org.assertj.core.groups.Tuple.tuple("hours[0].opens", "partner.directory.error.time"),
                                org.assertj.core.groups.Tuple.tuple("languages", "partner.directory.error.language"),
                                org.assertj.core.groups.Tuple.tuple("topics", "partner.directory.error.oneTopic"),
                                org.assertj.core.groups.Tuple.tuple("phones[0].number", "partner.directory.error.phone"),
                                org.assertj.core.groups.Tuple.tuple("translations[0].language",
                                        "partner.directory.error.translationLanguage")));
        assertThat(editing.history(editor, service)).isEmpty();
        assertThat(Optional.ofNullable(fixtures.column(service, "name"))).contains("Familienberatung " + fixtures.token);
    }
}
