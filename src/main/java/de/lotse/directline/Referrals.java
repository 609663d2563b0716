package de.lotse.directline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.concerns.AdministrativeProblem;
import de.lotse.concerns.CustomerNumber;
import de.lotse.concerns.LegalTopic;
import de.lotse.concerns.Reference;
import de.lotse.concerns.Urgency;
import de.lotse.deadlines.Delivery;
import de.lotse.deadlines.Instruction;
import de.lotse.organisation.CentreId;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.Postcode;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffId;

/** Referrals and their histories in PostgreSQL; a change is stored only over the version it was made on. */
@Repository
class Referrals {

    private static final String COLUMNS = """
            id, jobcenter_id, reference, centre_id, opened_by, site_id, status, level, urgency, legal_topic,
            administrative_problem, description, outcome_sought, client_name, client_postcode, customer_number,
            bescheid_date, bescheid_kind, bescheid_delivery, instruction, confidentiality_released, attorney, health_data,
            first_response_due, first_response_at, resolution_due, level_due, outcome, outcome_reason, root_cause,
            created_at, updated_at, version""";

    private final JdbcClient jdbc;

    Referrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Referral referral) {
        Referral.Content content = referral.content();
        jdbc.sql("""
                INSERT INTO referral (id, jobcenter_id, reference, centre_id, opened_by, site_id, status, level, urgency,
                       legal_topic, administrative_problem, description, outcome_sought, client_name, client_postcode,
                       customer_number, bescheid_date, bescheid_kind, bescheid_delivery, instruction,
                       confidentiality_released, attorney, health_data, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(referral.id().value(), referral.jobcenter().value(), referral.reference().value(),
                        referral.centre().value(), referral.openedBy().value(), referral.site().map(SiteId::value).orElse(null),
                        referral.status().name(), referral.level().name(), content.urgency().name(),
                        content.legalTopic().name(), content.administrativeProblem().name(), content.description(),
                        content.outcomeSought(), content.clientName(), content.clientPostcode().map(Postcode::value).orElse(null),
                        content.customerNumber().map(CustomerNumber::value).orElse(null),
                        content.bescheid().map(Bescheid::date).orElse(null), content.bescheid().map(Bescheid::kind).orElse(null),
                        content.bescheid().map(bescheid -> bescheid.delivery().name()).orElse(null),
                        content.bescheid().map(bescheid -> bescheid.instruction().name()).orElse(null),
                        content.confidentialityReleased(), content.attorney().orElse(null), content.healthData(),
                        Timestamp.from(referral.createdAt()), Timestamp.from(referral.updatedAt()))
                .update();
        insertEntries(referral);
    }

    /** Stores the changes; false when someone else changed the referral since it was read. */
    boolean update(Referral referral) {
        Referral.Clocks clocks = referral.clocks();
        int updated = jdbc.sql("""
                UPDATE referral SET site_id = ?, status = ?, level = ?, first_response_due = ?, first_response_at = ?,
                       resolution_due = ?, level_due = ?, outcome = ?, outcome_reason = ?, root_cause = ?, updated_at = ?,
                       version = version + 1
                 WHERE id = ? AND version = ?""")
                .params(referral.site().map(SiteId::value).orElse(null), referral.status().name(), referral.level().name(),
                        timestamp(clocks.firstResponseDue()), timestamp(clocks.firstResponseAt()),
                        timestamp(clocks.resolutionDue()), timestamp(clocks.levelDue()),
                        referral.settlement().map(settled -> settled.outcome().name()).orElse(null),
                        referral.settlement().flatMap(Referral.Settlement::reason).orElse(null),
                        referral.settlement().flatMap(Referral.Settlement::cause).map(Enum::name).orElse(null),
                        Timestamp.from(referral.updatedAt()), referral.id().value(), referral.version())
                .update();
        if (updated == 1) {
            insertEntries(referral);
        }
        return updated == 1;
    }

    Optional<Referral> byReference(Reference reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM referral WHERE reference = ?").param(reference.value())
                .query(this::referral).optional();
    }

    /** The referral, its row locked until the transaction ends: for steps that must not lose a race (a withdrawal). */
    Optional<Referral> byIdLocked(ReferralId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM referral WHERE id = ? FOR UPDATE").param(id.value())
                .query(this::referral).optional();
    }

    /** Referrals whose consent ran out while they were still readable. */
    List<ReferralId> consentExpired(Instant now, int limit) {
        return jdbc.sql("""
                SELECT r.id FROM referral r JOIN referral_consent c ON c.referral_id = r.id
                 WHERE c.expires_at < ? AND c.withdrawn_at IS NULL
                   AND r.status NOT IN ('CONSENT_WITHDRAWN', 'CONSENT_EXPIRED') LIMIT ?""")
                .params(Timestamp.from(now), limit)
                .query((rs, row) -> new ReferralId(rs.getObject("id", UUID.class))).list();
    }

    Optional<Referral> byId(ReferralId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM referral WHERE id = ?").param(id.value())
                .query(this::referral).optional();
    }

    /** A centre's referrals, newest change first. */
    List<ReferralRow> ofCentre(CentreId centre, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM referral WHERE centre_id = ? ORDER BY updated_at DESC LIMIT ?")
                .params(centre.value(), limit).query(Referrals::row).list();
    }

    /** The referrals at these sites on these levels, that reached the Jobcenter; most urgent clock first. */
    List<ReferralRow> atSites(Collection<SiteId> sites, Collection<EscalationLevel> levels, boolean settledToo, int limit) {
        if (sites.isEmpty() || levels.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM referral WHERE site_id IN (:sites) AND level IN (:levels)
                  AND status IN (:statuses)
                ORDER BY (urgency = 'EXISTENTIAL') DESC, level_due NULLS LAST, updated_at DESC LIMIT :limit""")
                .param("sites", sites.stream().map(SiteId::value).toList())
                .param("levels", levels.stream().map(Enum::name).toList())
                .param("statuses", settledToo ? List.of("OPEN", "ANSWERED", "RESOLVED") : List.of("OPEN", "ANSWERED"))
                .param("limit", limit)
                .query(Referrals::row).list();
    }

    /** The executive management's list: everything that climbed to the top of a Jobcenter. */
    List<ReferralRow> atTop(JobcenterId jobcenter, boolean settledToo, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM referral WHERE jobcenter_id = :jobcenter AND level = 'EXECUTIVE' AND status IN (:statuses)
                ORDER BY (urgency = 'EXISTENTIAL') DESC, level_due NULLS LAST, updated_at DESC LIMIT :limit""")
                .param("jobcenter", jobcenter.value())
                .param("statuses", settledToo ? List.of("OPEN", "ANSWERED", "RESOLVED") : List.of("OPEN", "ANSWERED"))
                .param("limit", limit)
                .query(Referrals::row).list();
    }

    /** Running referrals whose level clock ran out, oldest first. */
    List<ReferralId> levelOverdue(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM referral WHERE status IN ('OPEN', 'ANSWERED') AND level_due < ?
                 ORDER BY level_due LIMIT ?""")
                .params(Timestamp.from(now), limit)
                .query((rs, row) -> new ReferralId(rs.getObject("id", UUID.class))).list();
    }

    private void insertEntries(Referral referral) {
        for (ReferralEntry entry : referral.addedEntries()) {
            jdbc.sql("""
                    INSERT INTO referral_entry (id, referral_id, position, type, audience, actor, body, occurred_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), referral.id().value(), entry.position(), entry.type().name(),
                            entry.audience().name(), entry.actor(), entry.body().orElse(null),
                            Timestamp.from(entry.occurredAt()))
                    .update();
        }
    }

    private List<ReferralEntry> entriesOf(UUID referral) {
        return jdbc.sql("""
                SELECT position, type, audience, actor, body, occurred_at FROM referral_entry
                 WHERE referral_id = ? ORDER BY position""").param(referral)
                .query((rs, row) -> new ReferralEntry(rs.getInt("position"), ReferralEntry.Type.valueOf(rs.getString("type")),
                        ReferralEntry.Audience.valueOf(rs.getString("audience")), rs.getString("actor"),
                        Optional.ofNullable(rs.getString("body")), rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    private Referral referral(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Optional<Bescheid> bescheid = Optional.ofNullable(rs.getObject("bescheid_date", LocalDate.class))
                .map(date -> {
                    try {
                        return new Bescheid(date, Optional.ofNullable(rs.getString("bescheid_kind")).orElse(""),
                                Delivery.valueOf(rs.getString("bescheid_delivery")),
                                Instruction.valueOf(rs.getString("instruction")));
                    } catch (SQLException unreadable) {
                        throw new IllegalStateException(unreadable);
                    }
                });
        Referral.Content content = new Referral.Content(Urgency.valueOf(rs.getString("urgency")),
                LegalTopic.valueOf(rs.getString("legal_topic")),
                AdministrativeProblem.valueOf(rs.getString("administrative_problem")), rs.getString("description"),
                rs.getString("outcome_sought"), rs.getString("client_name"),
                Optional.ofNullable(rs.getString("client_postcode")).flatMap(Postcode::parse),
                Optional.ofNullable(rs.getString("customer_number")).flatMap(CustomerNumber::parse), bescheid,
                rs.getBoolean("confidentiality_released"), Optional.ofNullable(rs.getString("attorney")),
                rs.getBoolean("health_data"));
        Referral.Clocks clocks = new Referral.Clocks(instant(rs, "first_response_due"), instant(rs, "first_response_at"),
                instant(rs, "resolution_due"), instant(rs, "level_due"));
        Optional<Referral.Settlement> settlement = Optional.ofNullable(rs.getString("outcome"))
                .map(outcome -> {
                    try {
                        return new Referral.Settlement(ReferralOutcome.valueOf(outcome),
                                Optional.ofNullable(rs.getString("outcome_reason")),
                                Optional.ofNullable(rs.getString("root_cause")).map(RootCause::valueOf));
                    } catch (SQLException unreadable) {
                        throw new IllegalStateException(unreadable);
                    }
                });
        return new Referral(new ReferralId(id), new JobcenterId(rs.getObject("jobcenter_id", UUID.class)),
                new Reference(rs.getString("reference")), new CentreId(rs.getObject("centre_id", UUID.class)),
                new StaffId(rs.getObject("opened_by", UUID.class)), content, rs.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(rs.getObject("site_id", UUID.class)).map(SiteId::new),
                ReferralStatus.valueOf(rs.getString("status")), EscalationLevel.valueOf(rs.getString("level")), clocks,
                settlement, rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"), entriesOf(id));
    }

    private static ReferralRow row(ResultSet rs, int row) throws SQLException {
        return new ReferralRow(new ReferralId(rs.getObject("id", UUID.class)), new Reference(rs.getString("reference")),
                ReferralStatus.valueOf(rs.getString("status")), EscalationLevel.valueOf(rs.getString("level")),
                Urgency.valueOf(rs.getString("urgency")), LegalTopic.valueOf(rs.getString("legal_topic")),
                Optional.ofNullable(rs.getObject("site_id", UUID.class)).map(SiteId::new),
                new CentreId(rs.getObject("centre_id", UUID.class)), instant(rs, "level_due"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }

    private static Timestamp timestamp(Optional<Instant> instant) {
        return instant.map(Timestamp::from).orElse(null);
    }
}
