package de.lotse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.IntegrationTest;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.Receipt;

/** A listener that failed while the database was away runs again while Lotse runs, not only after a restart. */
@IntegrationTest
class OutboxResubmissionIntegrationTest {

    @Autowired ConcernIntake intake;
    @Autowired JdbcClient jdbc;

    @Test
    void an_acknowledgement_whose_listener_failed_is_queued_again_while_lotse_runs() throws InterruptedException {
        // As after the outage: the acknowledgement listener's publication failed, nothing was queued.
        UUID concern = acknowledgementLost("FAILED", "2 minutes");

        await(() -> acknowledgements(concern) == 1, Duration.ofMinutes(1));

        assertThat(acknowledgements(concern)).isEqualTo(1);
    }

    @Test
    void a_publication_left_in_processing_by_an_outage_is_marked_failed_and_handed_over_again() throws InterruptedException {
        // As when the database went away mid-listener: neither completion nor failure could be written.
        UUID concern = acknowledgementLost("PROCESSING", "20 minutes");

        await(() -> acknowledgements(concern) == 1, Duration.ofMinutes(1));

        assertThat(acknowledgements(concern)).isEqualTo(1);
    }

    /** A concern whose acknowledgement was queued, then undone as if its listener's publication ended in the status. */
    private UUID acknowledgementLost(String status, String publishedAgo) throws InterruptedException {
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "Ist mein Antrag angekommen?", null,
                null, null, "20095", false, "EMAIL", "ausfall-" + UUID.randomUUID() + "@example.org", null, "de", false),
                Optional.of(UUID.randomUUID().toString()));
        UUID concern = jdbc.sql("SELECT id FROM concern WHERE reference = ?").param(receipt.reference().value())
                .query(UUID.class).single();
        await(() -> acknowledgements(concern) == 1, Duration.ofSeconds(30));
        jdbc.sql("DELETE FROM channel_delivery WHERE concern_id = ?").param(concern).update();
        int changed = jdbc.sql("""
                UPDATE event_publication SET completion_date = NULL, status = ?,
                       publication_date = now() - CAST(? AS interval)
                 WHERE listener_id LIKE '%ReplyDelivery.on(%ConcernReceived)' AND serialized_event LIKE ?""")
                .params(status, publishedAgo, "%" + concern + "%").update();
        assertThat(changed).as("the acknowledgement listener's publication").isEqualTo(1);
        return concern;
    }

    private long acknowledgements(UUID concern) {
        return jdbc.sql("SELECT count(*) FROM channel_delivery WHERE concern_id = ? AND position = 1")
                .param(concern).query(Long.class).single();
    }

    private static void await(java.util.function.BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
    }
}
