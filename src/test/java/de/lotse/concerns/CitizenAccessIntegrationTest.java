package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lotse.IntegrationTest;
import de.lotse.privacy.AccessLog;
import de.lotse.privacy.PersonalDataRead;

@IntegrationTest
class CitizenAccessIntegrationTest {

    @Autowired ConcernIntake intake;
    @Autowired CitizenAccess access;
    @Autowired Concerns concerns;
    @Autowired AccessLog accessLog;

    private static String client() {
        return "test-client-" + UUID.randomUUID();
    }

    private Receipt aConcern() {
        return intake.submit(ConcernIntakeIntegrationTest.complaintFrom("20095"), Optional.empty());
    }

    @Test
    void the_status_link_opens_the_concern_and_the_read_is_logged() {
        Receipt receipt = aConcern();

        CitizenView view = access.open(receipt.secret().value(), client(), "status-page");

        assertThat(view.reference()).isEqualTo(receipt.reference());
        assertThat(view.siteName()).contains("Standort Mitte");
        assertThat(view.description()).isEqualTo("Die Miete wurde nicht überwiesen.");
        ConcernId id = concerns.byReference(receipt.reference()).orElseThrow().id();
        // Besides the citizen's read, the outbox read the e-mail address once to send the acknowledgement.
        assertThat(accessLog.readsOf("concern", id.value())).filteredOn(read -> !read.actor().startsWith("channel:")
                && !read.actor().startsWith("insights:"))
                .singleElement().satisfies(read -> {
                    assertThat(read.actor()).startsWith("citizen:status-link:");
                    assertThat(read.purpose()).isEqualTo("status-page");
                });
    }

    @Test
    void a_wrong_or_malformed_secret_finds_nothing() {
        aConcern();
        String client = client();
        assertThatThrownBy(() -> access.open("A".repeat(43), client, "status-page")).isInstanceOf(StatusLinkNotFound.class);
        assertThatThrownBy(() -> access.open("../../etc/passwd", client, "status-page")).isInstanceOf(StatusLinkNotFound.class);
        assertThatThrownBy(() -> access.open("", client, "status-page")).isInstanceOf(StatusLinkNotFound.class);
    }

    @Test
    void too_many_wrong_guesses_lock_out_the_client_even_with_a_right_link() {
        Receipt receipt = aConcern();
        String guesser = client();
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> access.open(UUID.randomUUID().toString(), guesser, "status-page"))
                    .isInstanceOf(StatusLinkNotFound.class);
        }

        assertThatThrownBy(() -> access.open(receipt.secret().value(), guesser, "status-page"))
                .isInstanceOf(TooManyWrongLinks.class)
                .satisfies(e -> assertThat(((TooManyWrongLinks) e).retryAfter().toSeconds()).isBetween(1L, 61L));
        assertThat(access.open(receipt.secret().value(), client(), "status-page").reference()).isEqualTo(receipt.reference());
    }

    @Test
    void a_message_is_added_once_per_idempotency_key() {
        Receipt receipt = aConcern();
        String key = UUID.randomUUID().toString();

        CitizenAccess.PostedMessage first = access.addMessage(receipt.secret().value(), "Ich habe die Unterlagen geschickt.",
                Optional.of(key), client());
        CitizenAccess.PostedMessage again = access.addMessage(receipt.secret().value(), "Ich habe die Unterlagen geschickt.",
                Optional.of(key), client());

        assertThat(again.position()).isEqualTo(first.position());
        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        CitizenView view = access.open(receipt.secret().value(), client(), "status-page");
        assertThat(view.timeline()).extracting(TimelineEntry::type)
                .containsExactly(TimelineEntry.Type.RECEIVED, TimelineEntry.Type.CITIZEN_MESSAGE);
        assertThat(view.timeline().get(1).body()).contains("Ich habe die Unterlagen geschickt.");
    }

    @Test
    void the_same_message_key_with_another_text_is_refused_not_dropped() {
        Receipt receipt = aConcern();
        String key = UUID.randomUUID().toString();
        access.addMessage(receipt.secret().value(), "Erste Fassung", Optional.of(key), client());

        assertThatThrownBy(() -> access.addMessage(receipt.secret().value(), "Zweite Fassung", Optional.of(key), client()))
                .isInstanceOf(IdempotencyKeyReused.class);
    }

    @Test
    void many_wrong_guesses_at_once_do_not_exhaust_the_connection_pool() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(40);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Throwable>>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> org.assertj.core.api.Assertions.catchThrowable(
                        () -> access.open(UUID.randomUUID().toString().repeat(2).substring(0, 43), client(), "test"))));
            }
            for (var future : futures) {
                assertThat(future.get(20, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(StatusLinkNotFound.class);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reads_from_different_devices_are_told_apart_in_the_access_log() {
        Receipt receipt = aConcern();
        access.open(receipt.secret().value(), "192.0.2.1", "status-page");
        access.open(receipt.secret().value(), "192.0.2.2", "status-page");

        ConcernId id = concerns.byReference(receipt.reference()).orElseThrow().id();
        assertThat(accessLog.readsOf("concern", id.value())).filteredOn(read -> !read.actor().startsWith("channel:")
                && !read.actor().startsWith("insights:"))
                .extracting(PersonalDataRead::actor).doesNotHaveDuplicates()
                .allSatisfy(actor -> assertThat(actor).startsWith("citizen:status-link:").doesNotContain("192.0.2"));
    }

    @Test
    void messages_sent_at_the_same_time_are_all_kept_in_order() throws Exception {
        Receipt receipt = aConcern();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                futures.add(pool.submit(() -> access.addMessage(receipt.secret().value(), "Nachricht " + n,
                        Optional.of(UUID.randomUUID().toString()), client())));
            }
            for (var future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        CitizenView view = access.open(receipt.secret().value(), client(), "status-page");
        assertThat(view.timeline()).hasSize(7);
        assertThat(view.timeline()).extracting(TimelineEntry::position).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }
}
