package de.lotse.channels;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.concerns.ConcernEvents.ConcernAnonymised;

/**
 * When a concern is anonymised, the channels drop what they hold of it: the files, the kept original messages with
 * their senders and subjects, the connected chats (messenger ids) and the addresses and texts of its deliveries. What
 * stays is that a message came or went on a channel, and when. Runs in the anonymising transaction (a plain event
 * listener, not the outbox), so the concern and its channel data are anonymised together or not at all.
 */
@Component
class ChannelErasure {

    private final JdbcClient jdbc;

    ChannelErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ConcernAnonymised anonymised) {
        var concern = anonymised.concern().value();
        jdbc.sql("DELETE FROM channel_attachment WHERE concern_id = ?").param(concern).update();
        jdbc.sql("""
                UPDATE channel_inbound SET sender = NULL, subject = NULL, raw = NULL, external_id = 'forgotten:' || id
                 WHERE concern_id = ?""").param(concern).update();
        List<String> threemaIds = jdbc.sql("""
                DELETE FROM channel_binding WHERE concern_id = ? RETURNING channel, address""").param(concern)
                .query((rs, row) -> Channel.THREEMA.name().equals(rs.getString("channel")) ? rs.getString("address") : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
        for (String threemaId : threemaIds) {
            // The key is public, but which Threema ID wrote to the Jobcenter is not: kept only while a chat is connected.
            jdbc.sql("""
                    DELETE FROM threema_public_key k WHERE threema_id = ?
                       AND NOT EXISTS (SELECT 1 FROM channel_binding b WHERE b.channel = 'THREEMA' AND b.address = k.threema_id)""")
                    .param(threemaId).update();
        }
        jdbc.sql("""
                UPDATE channel_delivery SET recipient = '', subject = NULL, content = NULL, last_error = NULL,
                                            in_reply_to = NULL
                 WHERE concern_id = ?""").param(concern).update();
    }
}
