package de.lotse.wording;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.language.Language;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.StaffMember;

/** Stores the Jobcenters' overrides and their history; the only class that reads or writes these tables. */
@Repository
class TextOverrides {

    private final JdbcClient jdbc;

    TextOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All overrides of a Jobcenter by key and language code: few enough to keep in memory. */
    Map<String, String> all(JobcenterId jobcenter) {
        Map<String, String> texts = new HashMap<>();
        jdbc.sql("SELECT message_key, language, text FROM text_override WHERE jobcenter_id = ?")
                .param(jobcenter.value())
                .query(rs -> {
                    texts.put(OverrideCache.slot(rs.getString("message_key"), rs.getString("language")), rs.getString("text"));
                });
        return texts;
    }

    Optional<String> of(JobcenterId jobcenter, String key, Language language) {
        return jdbc.sql("SELECT text FROM text_override WHERE jobcenter_id = ? AND message_key = ? AND language = ? FOR UPDATE")
                .params(jobcenter.value(), key, language.code())
                .query(String.class).optional();
    }

    void put(JobcenterId jobcenter, String key, Language language, String text, StaffMember by, Instant now) {
        jdbc.sql("""
                INSERT INTO text_override (jobcenter_id, message_key, language, text, changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (jobcenter_id, message_key, language)
                DO UPDATE SET text = EXCLUDED.text, changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by""")
                .params(jobcenter.value(), key, language.code(), text, Timestamp.from(now), by.id().value())
                .update();
    }

    void remove(JobcenterId jobcenter, String key, Language language) {
        jdbc.sql("DELETE FROM text_override WHERE jobcenter_id = ? AND message_key = ? AND language = ?")
                .params(jobcenter.value(), key, language.code())
                .update();
    }

    void recordChange(JobcenterId jobcenter, String key, Language language, Optional<String> before,
            Optional<String> after, StaffMember by, Instant now) {
        jdbc.sql("""
                INSERT INTO text_override_change (id, jobcenter_id, message_key, language, old_text, new_text, changed_at,
                                                  changed_by, changed_by_login)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), jobcenter.value(), key, language.code(), before.orElse(null),
                        after.orElse(null), Timestamp.from(now), by.id().value(), by.login())
                .update();
    }

    List<TextChange> history(JobcenterId jobcenter, String key) {
        return jdbc.sql("""
                SELECT language, old_text, new_text, changed_at, changed_by_login FROM text_override_change
                 WHERE jobcenter_id = ? AND message_key = ? ORDER BY changed_at DESC, id LIMIT 50""")
                .params(jobcenter.value(), key)
                .query((rs, row) -> new TextChange(Language.byCode(rs.getString("language")).orElseThrow(),
                        Optional.ofNullable(rs.getString("old_text")), Optional.ofNullable(rs.getString("new_text")),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by_login")))
                .list();
    }
}
