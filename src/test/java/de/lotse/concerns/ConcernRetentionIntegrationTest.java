package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import de.lotse.IntegrationTest;
import de.lotse.MutableClock;
import de.lotse.channels.Attachments;
import de.lotse.channels.Bindings;
import de.lotse.channels.Channel;
import de.lotse.channels.InboundMessages;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.privacy.AccessLog;
import de.lotse.privacy.PersonalDataRead;
import de.lotse.privacy.RetentionRuns;
import de.lotse.staff.StaffFixtures;

/**
 * The nightly retention run with a clock the test moves: the concern's closing is placed 23 months back (so that
 * concerns of other tests, closed just now, stay far from their period's end), then the clock goes two months on.
 */
@IntegrationTest
class ConcernRetentionIntegrationTest {

    @Autowired ConcernIntake intake;
    @Autowired Concerns concerns;
    @Autowired ConcernErasure erasure;
    @Autowired RetentionRuns runs;
    @Autowired AccessLog accessLog;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired CaseWork caseWork;
    @Autowired CitizenAccess citizens;
    @Autowired InboundMessages inbound;
    @Autowired Attachments attachments;
    @Autowired Bindings bindings;
    @Autowired JdbcClient jdbc;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;

    private final MutableClock clock = new MutableClock(Instant.now());
    private ConcernRetention retention;
    private StaffMember agent;

    @BeforeEach
    void setUp() {
        retention = new ConcernRetention(erasure, runs, accessLog, events, clock);
        agent = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
    }

    private Receipt aConcern() {
        return intake.submit(ConcernIntakeIntegrationTest.complaintFrom("20095"), Optional.empty());
    }

    /** Resolved and closed by staff, the closing then moved back by the given months. */
    private Receipt aConcernClosedMonthsAgo(int months) {
        Receipt receipt = aConcern();
        String reference = receipt.reference().value();
        caseWork.take(agent, reference, version(receipt), CaseStep.RESOLVE, Optional.of(Outcome.GRANTED),
                Optional.of(OutcomeCause.COMMUNICATION));
        caseWork.take(agent, reference, version(receipt), CaseStep.CLOSE, Optional.empty(), Optional.empty());
        Instant closed = clock.instant().atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        jdbc.sql("UPDATE concern SET closed_at = ?, resolved_at = ? WHERE reference = ?")
                .params(Timestamp.from(closed), Timestamp.from(closed.minusSeconds(3600)), reference).update();
        awaitListenersOf(idOf(receipt));
        return receipt;
    }

    /**
     * Waits until the asynchronous listeners of the concern's events are done: one of them may still hold its row, and
     * the run skips locked rows (the next night takes them), which would make these tests depend on timing.
     */
    private void awaitListenersOf(ConcernId concern) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
                .param("%" + concern.value() + "%").query(Long.class).single() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int version(Receipt receipt) {
        return concerns.byReference(receipt.reference()).orElseThrow().version();
    }

    private ConcernId idOf(Receipt receipt) {
        return concerns.byReference(receipt.reference()).orElseThrow().id();
    }

    /** A mail with a PDF attachment and a Telegram chat on the concern, as the channels would keep them. */
    private void withChannelData(ConcernId concern) {
        transactions.executeWithoutResult(status -> {
            UUID mail = inbound.record(Channel.EMAIL, "<" + UUID.randomUUID() + "@example.org>", Optional.of("erika@example.org"),
                    "Mein Bescheid", InboundMessages.Outcome.ADDED, Optional.of(concern), "raw mail".getBytes(), 8,
                    clock.instant());
            attachments.store(mail, concern, 2, new Attachments.Incoming("bescheid.pdf", Optional.of("application/pdf"),
                    "%PDF-1.4 test".getBytes(), 13), clock.instant());
            bindings.bind(concern, Channel.TELEGRAM, "chat-" + UUID.randomUUID(), clock.instant());
        });
    }

    private long count(String sql, ConcernId concern) {
        return jdbc.sql(sql).param(concern.value()).query(Long.class).single();
    }

    @Test
    void a_concern_closed_longer_ago_than_the_retention_period_is_anonymised_down_to_its_skeleton() {
        Receipt old = aConcernClosedMonthsAgo(23);
        ConcernId id = idOf(old);
        withChannelData(id);
        citizens.open(old.secret().value(), "203.0.113.7", "status-page");

        retention.anonymiseDue();
        assertThat(concerns.byId(id).orElseThrow().anonymisedAt()).as("23 of 24 months").isEmpty();

        clock.advance(Duration.ofDays(61));
        retention.anonymiseDue();

        Concern skeleton = concerns.byId(id).orElseThrow();
        assertThat(skeleton.anonymisedAt()).contains(clock.instant());
        assertThat(skeleton.content().description()).isEmpty();
        assertThat(skeleton.content().name()).isEmpty();
        assertThat(skeleton.content().customerNumber()).isEmpty();
        assertThat(skeleton.content().contact().email()).isEmpty();
        assertThat(skeleton.postcode()).isEmpty();
        assertThat(skeleton.noticeDate()).isEmpty();
        assertThat(skeleton.timeline()).allSatisfy(entry -> assertThat(entry.body()).isEmpty());
        // the skeleton for statistics
        assertThat(skeleton.reference()).isEqualTo(old.reference());
        assertThat(skeleton.outcome()).contains(Outcome.GRANTED);
        assertThat(skeleton.content().legalTopic()).isEqualTo(LegalTopic.HOUSING_AND_HEATING);
        assertThat(skeleton.site()).isPresent();
        assertThat(skeleton.content().contact().channel()).isEqualTo(ContactChannel.EMAIL);
        // the channels' part went in the same run
        assertThat(count("SELECT count(*) FROM channel_attachment WHERE concern_id = ?", id)).isZero();
        assertThat(count("SELECT count(*) FROM channel_binding WHERE concern_id = ?", id)).isZero();
        assertThat(count("SELECT count(*) FROM channel_inbound WHERE concern_id = ? AND (raw IS NOT NULL OR sender IS NOT NULL)", id)).isZero();
        // the access log stays, without the citizen's device tag
        assertThat(accessLog.readsOf(CitizenAccess.SUBJECT, id.value())).extracting(PersonalDataRead::actor)
                .contains(CitizenAccess.ACTOR).noneMatch(actor -> actor.startsWith(CitizenAccess.ACTOR + ":"));
        // the status link opens nothing any more
        assertThatThrownBy(() -> citizens.open(old.secret().value(), "203.0.113.8", "status-page"))
                .isInstanceOf(StatusLinkNotFound.class);
    }

    @Test
    void staff_still_find_the_reference_and_see_that_it_was_anonymised() {
        Receipt old = aConcernClosedMonthsAgo(25);

        retention.anonymiseDue();

        Concern found = caseWork.open(agent, old.reference().value());
        assertThat(found.anonymisedAt()).isPresent();
        assertThat(found.status()).isEqualTo(ConcernStatus.CLOSED);
        assertThatThrownBy(() -> caseWork.note(agent, old.reference().value(), found.version(), "Nachtrag"))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void open_and_recently_closed_concerns_keep_their_data() {
        Receipt open = aConcern();
        Receipt recent = aConcernClosedMonthsAgo(1);
        withChannelData(idOf(recent));
        // even an open concern received long ago is not finished, so its period has not begun
        jdbc.sql("UPDATE concern SET received_at = ? WHERE reference = ?")
                .params(Timestamp.from(clock.instant().minus(Duration.ofDays(1000))), open.reference().value()).update();

        retention.anonymiseDue();
        clock.advance(Duration.ofDays(61));
        retention.anonymiseDue();

        assertThat(concerns.byReference(open.reference()).orElseThrow().content().description()).isNotEmpty();
        Concern kept = concerns.byReference(recent.reference()).orElseThrow();
        assertThat(kept.anonymisedAt()).isEmpty();
        assertThat(kept.content().name()).contains("Erika Mustermann");
        assertThat(count("SELECT count(*) FROM channel_attachment WHERE concern_id = ?", kept.id())).isOne();
    }

    @Test
    void a_second_run_finds_nothing_more_to_do() {
        aConcernClosedMonthsAgo(30);
        retention.anonymiseDue();

        assertThat(retention.anonymiseDue()).isZero();
    }

    @Test
    void the_run_is_registered_with_the_cluster_scheduler() {
        Instant deadline = Instant.now().plusSeconds(20);
        long rows = 0;
        while (rows == 0 && Instant.now().isBefore(deadline)) {
            rows = jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'concern-retention'")
                    .query(Long.class).single();
        }
        assertThat(rows).isOne();
    }
}
