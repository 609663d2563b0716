package de.lotse.insights;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.StaffId;

/** The further recipients of the partner report per Jobcenter: the only class that writes their table. */
@Repository
class PartnerRecipients {

    private final JdbcClient jdbc;

    PartnerRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PartnerRecipient> of(JobcenterId jobcenter) {
        return jdbc.sql("SELECT id, name, email FROM insight_report_recipient WHERE jobcenter_id = ? ORDER BY lower(name)")
                .param(jobcenter.value())
                .query((rs, row) -> new PartnerRecipient(Optional.of(new RecipientId(rs.getObject("id", UUID.class))),
                        rs.getString("name"), rs.getString("email")))
                .list();
    }

    RecipientId add(JobcenterId jobcenter, PartnerRecipient recipient, StaffId by, Instant now) {
        RecipientId id = new RecipientId(UUID.randomUUID());
        jdbc.sql("INSERT INTO insight_report_recipient (id, jobcenter_id, name, email, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id.value(), jobcenter.value(), recipient.name(), recipient.email(), Timestamp.from(now), by.value())
                .update();
        return id;
    }

    /** Removes it if it belongs to this Jobcenter; whether it did. */
    boolean remove(JobcenterId jobcenter, RecipientId id) {
        return jdbc.sql("DELETE FROM insight_report_recipient WHERE id = ? AND jobcenter_id = ?")
                .params(id.value(), jobcenter.value()).update() > 0;
    }
}
