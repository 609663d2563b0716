package de.lotse.channels;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.concerns.ConcernId;

/** Messenger chats connected to concerns. */
@Repository
public class Bindings {

    private final JdbcClient jdbc;

    Bindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Connects the chat to the concern; returns false if it was connected already. */
    public boolean bind(ConcernId concern, Channel channel, String address, Instant now) {
        return jdbc.sql("""
                INSERT INTO channel_binding (concern_id, channel, address, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(concern.value(), channel.name(), address, Timestamp.from(now)).update() == 1;
    }

    /** The chat of the concern on this channel (the latest connected), if any. */
    public Optional<String> addressOf(ConcernId concern, Channel channel) {
        return jdbc.sql("""
                SELECT address FROM channel_binding WHERE concern_id = ? AND channel = ?
                 ORDER BY created_at DESC LIMIT 1""")
                .params(concern.value(), channel.name()).query(String.class).optional();
    }

    /** The concerns this chat is connected to, latest first. */
    public List<ConcernId> concernsOf(Channel channel, String address) {
        return jdbc.sql("""
                SELECT concern_id FROM channel_binding WHERE channel = ? AND address = ? ORDER BY created_at DESC""")
                .params(channel.name(), address)
                .query((rs, row) -> new ConcernId(rs.getObject("concern_id", UUID.class))).list();
    }
}
