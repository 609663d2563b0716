package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import de.lotse.IntegrationTest;
import de.lotse.concerns.ConcernEvents.ConcernReceived;
import de.lotse.organisation.Site;
import de.lotse.organisation.Sites;

@IntegrationTest
@RecordApplicationEvents
class ConcernIntakeIntegrationTest {

    @Autowired ConcernIntake intake;
    @Autowired Concerns concerns;
    @Autowired Sites sites;
    @Autowired CallbackSlots slots;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    static ConcernDraft complaintFrom(String postcode) {
        return new ConcernDraft("COMPLAINT", "HOUSING_AND_HEATING", "PAYMENTS_AND_PROCESSING_TIME",
                "Die Miete wurde nicht überwiesen.", "20.11.2026", "123A456789", "Erika Mustermann", postcode, false,
                "EMAIL", "erika@example.org", null, "de", true);
    }

    @Test
    void stores_the_concern_routed_to_the_site_of_its_postcode() {
        Receipt receipt = intake.submit(complaintFrom("22115"), Optional.of(UUID.randomUUID().toString()));

        Concern stored = concerns.byReference(receipt.reference()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ConcernStatus.RECEIVED);
        assertThat(stored.urgency()).isEqualTo(Urgency.EXISTENTIAL);
        assertThat(stored.site().flatMap(sites::byId).map(Site::code)).contains("muemmelmannsberg");
        assertThat(stored.timeline()).singleElement().extracting(TimelineEntry::type).isEqualTo(TimelineEntry.Type.RECEIVED);
        assertThat(receipt.repeated()).isFalse();
        assertThat(stored.clocks()).extracting(ServiceClock::level)
                .containsExactlyInAnyOrder(ServiceLevel.ACKNOWLEDGE, ServiceLevel.ANSWER, ServiceLevel.SAME_DAY);
        assertThat(stored.nextPromise()).map(ServiceClock::level).contains(ServiceLevel.SAME_DAY);
        assertThat(stored.clocks()).allSatisfy(clock -> assertThat(clock.dueAt()).isAfter(stored.receivedAt()));
    }

    @Test
    void keeps_only_a_hash_of_the_status_link_secret() {
        Receipt receipt = intake.submit(complaintFrom("20095"), Optional.empty());

        Concern stored = concerns.byReference(receipt.reference()).orElseThrow();
        assertThat(stored.keys().statusLinkHash()).isEqualTo(StatusLinks.hash(receipt.secret()));
        String everything = jdbc.sql("SELECT concern::text FROM concern WHERE reference = ?")
                .param(receipt.reference().value()).query(String.class).single();
        assertThat(everything).doesNotContain(receipt.secret().value());
    }

    @Test
    void publishes_that_a_concern_was_received() {
        Receipt receipt = intake.submit(complaintFrom("20095"), Optional.empty());

        assertThat(events.stream(ConcernReceived.class)).anySatisfy(event -> {
            assertThat(event.reference()).isEqualTo(receipt.reference());
            assertThat(event.urgency()).isEqualTo(Urgency.EXISTENTIAL);
        });
    }

    @Test
    void an_unknown_postcode_sends_the_concern_to_the_central_site_so_that_someone_sees_it() {
        Receipt receipt = intake.submit(complaintFrom("99999"), Optional.empty());

        assertThat(concerns.byReference(receipt.reference()).orElseThrow().site())
                .flatMap(sites::byId).map(Site::code).contains("mitte");
    }

    @Test
    void the_same_submission_twice_creates_one_concern_with_the_same_link() {
        String key = UUID.randomUUID().toString();
        Receipt first = intake.submit(complaintFrom("20095"), Optional.of(key));
        Receipt second = intake.submit(complaintFrom("20095"), Optional.of(key));

        assertThat(second.reference()).isEqualTo(first.reference());
        assertThat(second.secret()).isEqualTo(first.secret());
        assertThat(second.repeated()).isTrue();
    }

    @Test
    void the_same_key_with_other_content_is_refused_and_names_the_earlier_concern() {
        String key = UUID.randomUUID().toString();
        Receipt first = intake.submit(complaintFrom("20095"), Optional.of(key));

        IdempotencyKeyReused refused = catchThrowableOfType(IdempotencyKeyReused.class,
                () -> intake.submit(complaintFrom("22115"), Optional.of(key)));
        assertThat(refused.earlier()).isEqualTo(first.reference());
    }

    @Test
    void parallel_double_submits_create_exactly_one_concern() throws Exception {
        String key = UUID.randomUUID().toString();
        List<Callable<Receipt>> submits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            submits.add(() -> intake.submit(complaintFrom("20095"), Optional.of(key)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Receipt> receipts = new ArrayList<>();
            for (Future<Receipt> result : pool.invokeAll(submits)) {
                receipts.add(result.get());
            }
            assertThat(receipts).extracting(Receipt::reference).containsOnly(receipts.get(0).reference());
            assertThat(receipts).extracting(Receipt::repeated).containsOnlyOnce(false);
        } finally {
            pool.shutdownNow();
        }
        byte[] keyHash = StatusLinks.sha256("concern-idempotency:" + key);
        assertThat(jdbc.sql("SELECT count(*) FROM concern WHERE idempotency_key_hash = ?").param(keyHash)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void nothing_is_stored_when_the_draft_is_invalid() {
        long before = concerns.count();
        ConcernDraft invalid = new ConcernDraft("COMPLAINT", null, null, "", null, null, null, null, false, "NONE",
                null, null, "de", false);

        catchThrowableOfType(InvalidDraft.class, () -> intake.submit(invalid, Optional.empty()));
        assertThat(concerns.count()).isEqualTo(before);
    }

    @Test
    void a_chosen_callback_window_is_the_promise_and_a_full_one_is_refused_with_nothing_stored() {
        de.lotse.concerns.CallbackSlots.Slot window = slots.upcoming().get(slots.upcoming().size() - 1);
        java.util.function.Supplier<ConcernDraft> request = () -> new ConcernDraft("CALLBACK_REQUEST", null, null,
                "Bitte rufen Sie mich an.", null, null, null, "22041", false, "PHONE", null, "040 1234567", "de", false,
                window.value());

        Receipt first = intake.submit(request.get(), Optional.empty());
        var callback = concerns.byReference(first.reference()).orElseThrow().clocks().stream()
                .filter(clock -> clock.level() == ServiceLevel.CALLBACK).findFirst().orElseThrow();
        assertThat(callback.dueAt()).isEqualTo(window.end().atZone(de.lotse.calendar.HamburgCalendar.ZONE).toInstant());
        for (int i = 1; i < 10; i++) {
            intake.submit(request.get(), Optional.empty());
        }
        long before = concerns.count();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> intake.submit(request.get(), Optional.empty()))
                .isInstanceOfSatisfying(InvalidDraft.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("intake.error.callbackSlot.full"));
        assertThat(concerns.count()).isEqualTo(before);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> intake.submit(new ConcernDraft("CALLBACK_REQUEST", null,
                null, "Bitte anrufen", null, null, null, "22041", false, "PHONE", null, "040 1234567", "de", false,
                "2020-01-01T08:00"), Optional.empty())).isInstanceOf(InvalidDraft.class);
    }
}
