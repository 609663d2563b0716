package de.lotse.privacy;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the access log. A read is logged in the reader's transaction: no read without its record. */
@Service
public class AccessLog {

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(PersonalDataRead read) {
        jdbc.sql("INSERT INTO access_log (id, subject_type, subject_id, actor, purpose, occurred_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), read.subjectType(), read.subjectId(), read.actor(), read.purpose(),
                        Timestamp.from(read.at()))
                .update();
    }

    /**
     * The subject's data are anonymised: the reads stay as the record of who looked (accountability, Art. 5(2) GDPR),
     * but the citizen's device tags, the last thing in them that could single the person out, are dropped.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetCitizenDevices(String subjectType, UUID subjectId) {
        jdbc.sql("""
                UPDATE access_log SET actor = split_part(actor, ':', 1) || ':' || split_part(actor, ':', 2)
                 WHERE subject_type = ? AND subject_id = ? AND actor LIKE 'citizen:%:%'""")
                .params(subjectType, subjectId)
                .update();
    }

    public List<PersonalDataRead> readsOf(String subjectType, UUID subjectId) {
        return jdbc.sql("""
                SELECT subject_type, subject_id, actor, purpose, occurred_at FROM access_log
                 WHERE subject_type = ? AND subject_id = ? ORDER BY occurred_at""")
                .params(subjectType, subjectId)
                .query((rs, row) -> new PersonalDataRead(rs.getString("subject_type"), rs.getObject("subject_id", UUID.class),
                        rs.getString("actor"), rs.getString("purpose"), rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }
}
