package de.lotse.channels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.concerns.ConcernId;
import de.lotse.concerns.Reference;

/** The delivery queue: one row per reply and channel. */
@Repository
public class Deliveries {

    /** A queued delivery, claimed for sending. */
    record Due(UUID id, ConcernId concern, int position, Channel channel, String recipient, String externalId,
            int attempts, Optional<Worded> worded) {
    }

    /** A message worded when queued (an acknowledgement), kept until sent. */
    public record Worded(String subject, String text, Reference reference, de.lotse.language.Language language,
            Optional<String> inReplyTo) {
    }

    private static final String DUE_COLUMNS = """
            id, concern_id, position, channel, recipient, external_id, attempts, subject, content, reference, language,
            in_reply_to""";

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a reply for a channel once; a second call for the same reply and channel changes nothing. The id (and so
     * the message id) follows from reply and channel: a delivery queued again after a crash is the same delivery.
     */
    Optional<Due> queue(ConcernId concern, int position, Channel channel, String recipient, String externalIdDomain,
            Instant now) {
        return queue(concern, position, channel, recipient, externalIdDomain, Optional.empty(), now);
    }

    Optional<Due> queue(ConcernId concern, int position, Channel channel, String recipient, String externalIdDomain,
            Optional<Worded> worded, Instant now) {
        UUID id = UUID.nameUUIDFromBytes((concern.value() + "/" + position + "/" + channel).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        return jdbc.sql("""
                INSERT INTO channel_delivery (id, concern_id, position, channel, recipient, status, next_attempt_at,
                                              external_id, created_at, updated_at, subject, content, reference,
                                              language, in_reply_to)
                VALUES (?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (concern_id, position, channel) DO NOTHING
                RETURNING\s""" + DUE_COLUMNS)
                .params(id, concern.value(), position, channel.name(), recipient, Timestamp.from(now),
                        "<" + id + "@" + externalIdDomain + ">", Timestamp.from(now), Timestamp.from(now),
                        worded.map(Worded::subject).orElse(null), worded.map(Worded::text).orElse(null),
                        worded.map(w -> w.reference().value()).orElse(null),
                        worded.map(w -> w.language().code()).orElse(null),
                        worded.flatMap(Worded::inReplyTo).orElse(null))
                .query(Deliveries::due).optional();
    }

    /**
     * Claims the delivery due longest, locked until the transaction ends; other instances skip it, so each is sent by
     * one instance at a time.
     */
    Optional<Due> claimNextDue(Instant now) {
        return jdbc.sql("""
                SELECT\s""" + DUE_COLUMNS + """
                  FROM channel_delivery
                 WHERE status = 'QUEUED' AND next_attempt_at <= ?
                 ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param(Timestamp.from(now))
                .query(Deliveries::due).optional();
    }

    /** Sent: the worded text (it may hold a status link) is removed, the record of the delivery stays. */
    /** Whether a delivery for this timeline entry and channel exists already. */
    boolean queued(ConcernId concern, int position, Channel channel) {
        return jdbc.sql("SELECT count(*) FROM channel_delivery WHERE concern_id = ? AND position = ? AND channel = ?")
                .params(concern.value(), position, channel.name()).query(Long.class).single() > 0;
    }

    /** Claims this delivery if it is still queued (and no other instance has it). */
    Optional<Due> claim(UUID id) {
        return jdbc.sql("SELECT\s" + DUE_COLUMNS + " FROM channel_delivery WHERE id = ? AND status = 'QUEUED' FOR UPDATE SKIP LOCKED")
                .param(id).query(Deliveries::due).optional();
    }

    void sent(UUID id, Instant now) {
        jdbc.sql("""
                UPDATE channel_delivery SET status = 'SENT', attempts = attempts + 1, next_attempt_at = NULL,
                                            last_error = NULL, content = NULL, updated_at = ? WHERE id = ?""")
                .params(Timestamp.from(now), id).update();
    }

    void retryAt(UUID id, Instant next, String error, Instant now) {
        jdbc.sql("""
                UPDATE channel_delivery SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, updated_at = ?
                 WHERE id = ?""")
                .params(Timestamp.from(next), error, Timestamp.from(now), id).update();
    }

    void failed(UUID id, String error, Instant now) {
        jdbc.sql("""
                UPDATE channel_delivery SET status = 'FAILED', attempts = attempts + 1, next_attempt_at = NULL,
                                            last_error = ?, content = NULL, updated_at = ? WHERE id = ?""")
                .params(error, Timestamp.from(now), id).update();
    }

    /** Every delivery of a concern, for its page. */
    List<Row> ofConcern(ConcernId concern) {
        return jdbc.sql("""
                SELECT position, channel, status, attempts, next_attempt_at, last_error, updated_at
                  FROM channel_delivery WHERE concern_id = ? ORDER BY position, channel""")
                .param(concern.value())
                .query((rs, row) -> new Row(rs.getInt("position"), Channel.valueOf(rs.getString("channel")),
                        DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                        Optional.ofNullable(rs.getTimestamp("next_attempt_at")).map(Timestamp::toInstant),
                        Optional.ofNullable(rs.getString("last_error")), rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    record Row(int position, Channel channel, DeliveryStatus status, int attempts, Optional<Instant> nextAttempt,
            Optional<String> lastError, Instant updatedAt) {
    }

    private static Due due(ResultSet rs, int row) throws SQLException {
        return new Due(rs.getObject("id", UUID.class), new ConcernId(rs.getObject("concern_id", UUID.class)),
                rs.getInt("position"), Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
                rs.getString("external_id"), rs.getInt("attempts"), worded(rs));
    }

    private static Optional<Worded> worded(ResultSet rs) throws SQLException {
        String text = rs.getString("content");
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(new Worded(rs.getString("subject"), text, new Reference(rs.getString("reference")),
                de.lotse.language.Language.byCode(rs.getString("language")).orElse(de.lotse.language.Language.GERMAN),
                Optional.ofNullable(rs.getString("in_reply_to"))));
    }

    /** Notes the id the channel gave the sent message, for its later status reports. */
    void providerId(UUID id, String providerId) {
        jdbc.sql("UPDATE channel_delivery SET provider_id = ? WHERE id = ?").params(providerId, id).update();
    }

    /**
     * A channel's report on a sent message: delivered, read, or failed after all. Moves forward only (a late
     * "delivered" does not undo "read").
     */
    public boolean reported(Channel channel, String providerId, DeliveryStatus status, Optional<String> problem, Instant now) {
        return jdbc.sql("""
                UPDATE channel_delivery SET status = ?, last_error = coalesce(?, last_error), updated_at = ?
                 WHERE channel = ? AND provider_id = ?
                   AND array_position(ARRAY['QUEUED', 'SENT', 'DELIVERED', 'READ'], status)
                       < coalesce(array_position(ARRAY['QUEUED', 'SENT', 'DELIVERED', 'READ'], ?), 99)""")
                .params(status.name(), problem.orElse(null), Timestamp.from(now), channel.name(), providerId, status.name())
                .update() == 1;
    }

    /** Marks the delivery whose message id a bounce names as failed; returns whether there was one. */
    public boolean bounced(String externalId, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE channel_delivery SET status = 'FAILED', last_error = ?, next_attempt_at = NULL, content = NULL,
                                            updated_at = ? WHERE external_id = ?""")
                .params(reason, Timestamp.from(now), externalId).update() == 1;
    }

    /** The concern an earlier outgoing message belongs to, by its message id (for threading answers). */
    public Optional<ConcernId> concernOfMessage(String externalId) {
        return jdbc.sql("SELECT concern_id FROM channel_delivery WHERE external_id = ?").param(externalId)
                .query((rs, row) -> new ConcernId(rs.getObject("concern_id", UUID.class))).optional();
    }
}
