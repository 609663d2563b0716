package de.lotse.channels;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.concerns.ConcernId;

/** Every message that came in on a channel, once, with what became of it. */
@Repository
public class InboundMessages {

    /** What Lotse made of an incoming message. */
    public enum Outcome {
        ADDED, NEW_CONCERN, AUTO_REPLY, BOUNCE, UNREADABLE, HELD
    }

    private final JdbcClient jdbc;
    private final ChannelMetrics metrics;

    InboundMessages(JdbcClient jdbc, ChannelMetrics metrics) {
        this.jdbc = jdbc;
        this.metrics = metrics;
    }

    /** How many concerns this sender started on the channel since then. */
    public long concernsStartedBy(Channel channel, String sender, Instant since) {
        return jdbc.sql("""
                SELECT count(*) FROM channel_inbound
                 WHERE channel = ? AND lower(sender) = lower(?) AND outcome = 'NEW_CONCERN' AND received_at >= ?""")
                .params(channel.name(), sender, Timestamp.from(since)).query(Long.class).single();
    }

    /** The concern this sender's latest message on the channel went to, if any. */
    public Optional<ConcernId> latestConcernOf(Channel channel, String sender) {
        return jdbc.sql("""
                SELECT concern_id FROM channel_inbound
                 WHERE channel = ? AND lower(sender) = lower(?) AND concern_id IS NOT NULL
                 ORDER BY received_at DESC LIMIT 1""")
                .params(channel.name(), sender)
                .query((rs, row) -> new ConcernId(rs.getObject("concern_id", UUID.class))).optional();
    }

    public boolean seen(Channel channel, String externalId) {
        return jdbc.sql("SELECT count(*) FROM channel_inbound WHERE channel = ? AND external_id = ?")
                .params(channel.name(), externalId).query(Long.class).single() > 0;
    }

    /**
     * Records the message and returns its id; a second record of the same message (a race of two instances) is
     * refused by the key.
     */
    public UUID record(Channel channel, String externalId, Optional<String> sender, String subject,
            Outcome outcome, Optional<ConcernId> concern, byte[] raw, long rawSize, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO channel_inbound (id, channel, external_id, sender, subject, outcome, concern_id, raw,
                                             raw_size, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, channel.name(), externalId, sender.orElse(null), subject, outcome.name(),
                        concern.map(ConcernId::value).orElse(null), raw, rawSize, Timestamp.from(now))
                .update();
        metrics.inbound(channel, outcome);
        return id;
    }
}
