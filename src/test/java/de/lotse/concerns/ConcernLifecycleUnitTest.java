package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.calendar.TestCalendars;
import de.lotse.concerns.ConcernEvents.ConcernStatusChanged;
import de.lotse.language.Language;
import de.lotse.organisation.JobcenterId;

class ConcernLifecycleUnitTest {

    private final ServiceSchedule schedule = new ServiceSchedule(TestCalendars.hamburg(), 3, Duration.ofDays(14), 2,
            LocalTime.of(18, 0));
    private static final String AGENT = "staff:" + UUID.randomUUID();

    private static Instant hamburg(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HamburgCalendar.ZONE).toInstant();
    }

    private static final JobcenterId HAMBURG = new JobcenterId(UUID.randomUUID());

    private Concern aConcern(Instant receivedAt) {
        return aConcern(receivedAt, 1);
    }

    private Concern aConcern(Instant receivedAt, int seed) {
        NewConcern content = new NewConcern(ConcernKind.COMPLAINT, LegalTopic.UNKNOWN, AdministrativeProblem.UNKNOWN,
                Urgency.NORMAL, "Text", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Contact.anonymous(), Language.GERMAN);
        return Concern.receive(HAMBURG, Reference.next("HH", 2026, new java.util.Random(seed)),
                content, Optional.of(new de.lotse.organisation.SiteId(new UUID(0, 1))), new IntakeKeys(new byte[16], new byte[32], new byte[32], new byte[32]),
                schedule.clocksFor(ConcernKind.COMPLAINT, Urgency.NORMAL, receivedAt), receivedAt);
    }

    private static ServiceClock clock(Concern concern, ServiceLevel level) {
        return concern.clocks().stream().filter(c -> c.level() == level).findFirst().orElseThrow();
    }

    @Test
    void a_reply_keeps_the_acknowledgement_promise_and_starts_the_work() {
        Concern concern = aConcern(hamburg("2026-11-26T10:00"));

        concern.reply(AGENT, "Wir prüfen das.", hamburg("2026-11-26T11:00"));

        assertThat(concern.status()).isEqualTo(ConcernStatus.IN_PROGRESS);
        assertThat(clock(concern, ServiceLevel.ACKNOWLEDGE).stoppedAt()).contains(hamburg("2026-11-26T11:00"));
        assertThat(clock(concern, ServiceLevel.ANSWER).running()).isTrue();
        assertThat(concern.timeline()).extracting(TimelineEntry::type).containsExactly(TimelineEntry.Type.RECEIVED,
                TimelineEntry.Type.STAFF_REPLY, TimelineEntry.Type.STATUS_CHANGED);
        assertThat(concern.releaseEvents()).hasAtLeastOneElementOfType(ConcernStatusChanged.class);
    }

    @Test
    void waiting_for_the_citizen_pauses_the_clocks_and_their_message_resumes_them() {
        Concern concern = aConcern(hamburg("2026-11-02T10:00"));
        concern.startWork(AGENT, hamburg("2026-11-02T11:00"));
        concern.waitFor(ConcernStatus.WAITING_FOR_CITIZEN, AGENT, hamburg("2026-11-05T10:00"));
        assertThat(clock(concern, ServiceLevel.ANSWER).paused()).isTrue();

        concern.addCitizenMessage("Hier die Unterlagen.", new byte[32], hamburg("2026-11-08T10:00"), schedule);

        assertThat(concern.status()).isEqualTo(ConcernStatus.IN_PROGRESS);
        assertThat(clock(concern, ServiceLevel.ANSWER).running()).isTrue();
        assertThat(clock(concern, ServiceLevel.ANSWER).dueAt()).isEqualTo(hamburg("2026-11-19T10:00"));
    }

    @Test
    void resolving_needs_no_clock_left_running() {
        Concern concern = aConcern(hamburg("2026-11-26T10:00"));

        concern.resolve(AGENT, Outcome.PARTLY_GRANTED, OutcomeCause.PROCESSING_DELAY, hamburg("2026-11-27T10:00"));

        assertThat(concern.status()).isEqualTo(ConcernStatus.RESOLVED);
        assertThat(concern.clocks()).allSatisfy(c -> assertThat(c.stoppedAt()).isPresent());
        assertThat(concern.outcome()).contains(Outcome.PARTLY_GRANTED);
    }

    @Test
    void a_resolved_concern_reopens_within_30_days_only() {
        Concern concern = aConcern(hamburg("2026-11-02T10:00"));
        concern.resolve(AGENT, Outcome.GRANTED, OutcomeCause.NONE, hamburg("2026-11-03T10:00"));
        concern.close(AGENT, hamburg("2026-11-04T10:00"));

        concern.reopen(AGENT, hamburg("2026-11-20T10:00"), schedule);
        assertThat(concern.status()).isEqualTo(ConcernStatus.IN_PROGRESS);
        assertThat(clock(concern, ServiceLevel.ANSWER).running()).isTrue();
        assertThat(concern.outcome()).isEmpty();

        Concern old = aConcern(hamburg("2026-09-01T10:00"));
        old.resolve(AGENT, Outcome.GRANTED, OutcomeCause.NONE, hamburg("2026-09-02T10:00"));
        assertThatThrownBy(() -> old.reopen(AGENT, hamburg("2026-10-05T10:00"), schedule))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void steps_out_of_order_are_refused() {
        Concern concern = aConcern(hamburg("2026-11-26T10:00"));
        assertThatThrownBy(() -> concern.close(AGENT, hamburg("2026-11-26T11:00"))).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> concern.resumeWork(AGENT, hamburg("2026-11-26T11:00"), schedule))
                .isInstanceOf(IllegalTransition.class);
        concern.acknowledge(AGENT, hamburg("2026-11-26T11:00"));
        assertThatThrownBy(() -> concern.acknowledge(AGENT, hamburg("2026-11-26T12:00"))).isInstanceOf(IllegalTransition.class);
        concern.resolve(AGENT, Outcome.NOT_GRANTED, OutcomeCause.NONE, hamburg("2026-11-26T13:00"));
        concern.close(AGENT, hamburg("2026-11-26T14:00"));
        assertThatThrownBy(() -> concern.reply(AGENT, "Nachtrag", hamburg("2026-11-26T15:00")))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void a_callback_keeps_the_callback_promise_only_where_one_was_made() {
        Concern concern = aConcern(hamburg("2026-11-26T10:00"));
        assertThatThrownBy(() -> concern.calledBack(AGENT, hamburg("2026-11-26T11:00"))).isInstanceOf(IllegalTransition.class);

        NewConcern content = new NewConcern(ConcernKind.CALLBACK_REQUEST, LegalTopic.UNKNOWN, AdministrativeProblem.UNKNOWN,
                Urgency.NORMAL, "Bitte anrufen", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                new Contact(ContactChannel.PHONE, Optional.empty(), Optional.of("+4940123456")), Language.GERMAN);
        Instant received = hamburg("2026-11-26T10:00");
        Concern callback = Concern.receive(new JobcenterId(UUID.randomUUID()), Reference.next("HH", 2026, new java.util.Random(2)),
                content, Optional.empty(), new IntakeKeys(new byte[16], new byte[32], new byte[32], new byte[32]),
                schedule.clocksFor(ConcernKind.CALLBACK_REQUEST, Urgency.NORMAL, received), received);

        callback.calledBack(AGENT, hamburg("2026-11-26T15:00"));

        assertThat(clock(callback, ServiceLevel.CALLBACK).overdueAt(hamburg("2026-12-10T10:00"))).isFalse();
        assertThat(clock(callback, ServiceLevel.CALLBACK).stoppedAt()).isPresent();
        assertThat(callback.status()).isEqualTo(ConcernStatus.IN_PROGRESS);
    }

    @Test
    void internal_notes_are_not_for_the_citizen() {
        Concern concern = aConcern(hamburg("2026-11-26T10:00"));
        TimelineEntry note = concern.note(AGENT, "Akte angefordert", hamburg("2026-11-26T11:00"));
        assertThat(note.visibleToCitizen()).isFalse();
        assertThat(note.actor()).contains(AGENT);
        assertThat(concern.status()).isEqualTo(ConcernStatus.RECEIVED);
    }

    @Test
    void a_merged_duplicate_is_closed_without_outcome_and_its_text_goes_to_the_kept_concern() {
        Concern kept = aConcern(hamburg("2026-11-23T10:00"), 1);
        Concern duplicate = aConcern(hamburg("2026-11-24T10:00"), 2);
        duplicate.addCitizenMessage("Und noch die Kontoauszüge.", new byte[32], hamburg("2026-11-24T12:00"), schedule);

        duplicate.mergeInto(kept, AGENT, hamburg("2026-11-25T09:00"));

        assertThat(duplicate.status()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(duplicate.outcome()).isEmpty();
        assertThat(duplicate.mergedInto()).contains(kept.id());
        assertThat(duplicate.clocks()).allSatisfy(c -> assertThat(c.stoppedAt()).isPresent());
        TimelineEntry pointer = duplicate.timeline().stream().filter(e -> e.type() == TimelineEntry.Type.MERGED_INTO)
                .findFirst().orElseThrow();
        assertThat(pointer.visibleToCitizen()).isTrue();
        assertThat(pointer.body()).contains(kept.reference().value());
        TimelineEntry taken = kept.timeline().get(kept.timeline().size() - 1);
        assertThat(taken.type()).isEqualTo(TimelineEntry.Type.MERGED_FROM);
        assertThat(taken.visibleToCitizen()).isFalse();
        assertThat(taken.body().orElseThrow()).contains(duplicate.reference().value(), "Text", "Und noch die Kontoauszüge.");
        assertThat(kept.status()).isEqualTo(ConcernStatus.RECEIVED);
        assertThat(duplicate.releaseEvents()).hasAtLeastOneElementOfType(ConcernEvents.ConcernMerged.class);
        assertThatThrownBy(() -> duplicate.reopen(AGENT, hamburg("2026-11-25T10:00"), schedule))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void nothing_merges_into_itself_or_into_a_finished_concern() {
        Concern kept = aConcern(hamburg("2026-11-23T10:00"), 1);
        Concern duplicate = aConcern(hamburg("2026-11-24T10:00"), 2);
        kept.resolve(AGENT, Outcome.GRANTED, OutcomeCause.COMMUNICATION, hamburg("2026-11-24T11:00"));

        assertThatThrownBy(() -> duplicate.mergeInto(duplicate, AGENT, hamburg("2026-11-25T09:00")))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> duplicate.mergeInto(kept, AGENT, hamburg("2026-11-25T09:00")))
                .isInstanceOf(IllegalTransition.class);
        assertThat(duplicate.status()).isEqualTo(ConcernStatus.RECEIVED);
        assertThat(duplicate.timeline()).hasSize(1);
    }

    private Concern aCallbackRequest(Instant received) {
        NewConcern content = new NewConcern(ConcernKind.CALLBACK_REQUEST, LegalTopic.UNKNOWN, AdministrativeProblem.UNKNOWN,
                Urgency.NORMAL, "Bitte anrufen", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                new Contact(ContactChannel.PHONE, Optional.empty(), Optional.of("+4940123456")), Language.GERMAN);
        return Concern.receive(HAMBURG, Reference.next("HH", 2026, new java.util.Random(3)), content, Optional.empty(),
                new IntakeKeys(new byte[16], new byte[32], new byte[32], new byte[32]),
                schedule.clocksFor(ConcernKind.CALLBACK_REQUEST, Urgency.NORMAL, received), received);
    }

    @Test
    void a_missed_call_promises_the_callback_again_and_counts_the_misses_until_someone_is_reached() {
        Concern concern = aCallbackRequest(hamburg("2026-11-23T10:00")); // Monday
        Instant firstDue = clock(concern, ServiceLevel.CALLBACK).dueAt();

        concern.recordCall(AGENT, new CallNote(CallOutcome.NOT_REACHED, 1, ""), hamburg("2026-11-24T09:00"), schedule);
        concern.recordCall(AGENT, new CallNote(CallOutcome.VOICEMAIL, 2, "Bitte zurückrufen"), hamburg("2026-11-25T09:00"),
                schedule);

        ServiceClock callback = clock(concern, ServiceLevel.CALLBACK);
        assertThat(callback.startedAt()).isEqualTo(hamburg("2026-11-25T09:00"));
        assertThat(callback.dueAt()).isAfter(firstDue).isEqualTo(hamburg("2026-11-27T09:00"));
        assertThat(concern.releaseEvents()).filteredOn(ConcernEvents.CallbackMissed.class::isInstance)
                .extracting(event -> ((ConcernEvents.CallbackMissed) event).missedCalls()).containsExactly(1, 2);

        concern.recordCall(AGENT, new CallNote(CallOutcome.REACHED, 12, "Bescheid erklärt"), hamburg("2026-11-26T09:00"),
                schedule);

        assertThat(clock(concern, ServiceLevel.CALLBACK).stoppedAt()).contains(hamburg("2026-11-26T09:00"));
        assertThat(concern.status()).isEqualTo(ConcernStatus.IN_PROGRESS);
        assertThat(concern.missedCallsSinceReached()).isZero();
        assertThat(concern.timeline()).filteredOn(entry -> entry.type() == TimelineEntry.Type.CALL).hasSize(3)
                .allSatisfy(entry -> assertThat(entry.visibleToCitizen()).isFalse());
        assertThat(CallNote.of(concern.timeline().get(concern.timeline().size() - 2))).contains(
                new CallNote(CallOutcome.REACHED, 12, "Bescheid erklärt"));
    }
}
