package de.lotse.channels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lotse.concerns.ConcernId;
import de.lotse.concerns.PersonalDataCopy;

/**
 * The channels' part of a citizen's copy of their concern: messages as they came (with the kept originals), files,
 * connected chats and the deliveries of replies with the addresses they went to.
 */
@Component
class ChannelDataCopy implements PersonalDataCopy.Holder {

    private final JdbcClient jdbc;

    ChannelDataCopy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "channels";
    }

    @Override
    public Object dataOf(ConcernId concern) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("messagesReceived", rows("""
                SELECT channel, received_at AS "receivedAt", sender, subject, outcome, raw_size AS "size"
                  FROM channel_inbound WHERE concern_id = ? ORDER BY received_at""", concern));
        data.put("attachments", rows("""
                SELECT position AS "message", filename, content_type AS "contentType", size, outcome
                  FROM channel_attachment WHERE concern_id = ? ORDER BY position, created_at""", concern));
        data.put("connectedChats", rows("""
                SELECT channel, address, created_at AS "connectedAt" FROM channel_binding
                 WHERE concern_id = ? ORDER BY created_at""", concern));
        data.put("deliveries", rows("""
                SELECT position AS "message", channel, recipient, status, updated_at AS "updatedAt"
                  FROM channel_delivery WHERE concern_id = ? ORDER BY position, channel""", concern));
        return data;
    }

    @Override
    public List<PersonalDataCopy.File> filesOf(ConcernId concern) {
        List<PersonalDataCopy.File> files = new ArrayList<>();
        jdbc.sql("""
                SELECT id, position, filename, content_type, content FROM channel_attachment
                 WHERE concern_id = ? AND outcome = 'KEPT' ORDER BY position, created_at""")
                .param(concern.value())
                .query((rs, row) -> new PersonalDataCopy.File("attachments/" + rs.getInt("position") + "-"
                        + shortId(rs.getObject("id", UUID.class)) + "-" + Attachments.safeName(rs.getString("filename")),
                        rs.getString("content_type"), rs.getBytes("content")))
                .list().forEach(files::add);
        jdbc.sql("""
                SELECT id, channel, raw FROM channel_inbound WHERE concern_id = ? AND raw IS NOT NULL ORDER BY received_at""")
                .param(concern.value())
                .query((rs, row) -> {
                    boolean mail = Channel.EMAIL.name().equals(rs.getString("channel"));
                    return new PersonalDataCopy.File("originals/" + (row + 1) + "-" + rs.getString("channel").toLowerCase()
                            + "-" + shortId(rs.getObject("id", UUID.class)) + (mail ? ".eml" : ".txt"),
                            mail ? "message/rfc822" : "text/plain", rs.getBytes("raw"));
                })
                .list().forEach(files::add);
        return files;
    }

    private List<Map<String, Object>> rows(String sql, ConcernId concern) {
        return jdbc.sql(sql).param(concern.value()).query((rs, row) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                Object value = rs.getObject(column);
                values.put(rs.getMetaData().getColumnLabel(column),
                        value instanceof java.time.temporal.Temporal || value instanceof java.util.Date
                                ? rs.getTimestamp(column).toInstant().toString() : value);
            }
            return values;
        }).list();
    }

    private static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }
}
