package de.lotse.concerns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.language.Language;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.Postcode;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffId;

/** Stores concerns with their timelines; the only class that reads or writes the concern tables. */
@Repository
class Concerns {

    private static final String COLUMNS = """
            id, jobcenter_id, reference, kind, urgency, status, legal_topic, administrative_problem, description,
            notice_date, customer_number, citizen_name, postcode, without_fixed_address, site_id, contact_channel,
            contact_email, contact_phone, preferred_language, status_link_hash, status_link_salt, idempotency_key_hash,
            request_fingerprint, received_at, version, outcome, outcome_cause, resolved_at, next_due_at, assignee_id,
            merged_into_id, closed_at, anonymised_at""";

    private final JdbcClient jdbc;

    Concerns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Concern concern) {
        NewConcern content = concern.content();
        jdbc.sql("INSERT INTO concern (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?, NULL, NULL, NULL, NULL)")
                .params(concern.id().value(), concern.jobcenter().value(), concern.reference().value(),
                        content.kind().name(), content.urgency().name(), concern.status().name(),
                        content.legalTopic().name(), content.administrativeProblem().name(), content.description(),
                        content.noticeDate().orElse(null), content.customerNumber().map(CustomerNumber::value).orElse(null),
                        content.name().orElse(null), content.postcode().map(Postcode::value).orElse(null),
                        content.withoutFixedAddress(), concern.site().map(SiteId::value).orElse(null),
                        content.contact().channel().name(), content.contact().email().orElse(null),
                        content.contact().phone().orElse(null), content.preferredLanguage().code(),
                        concern.keys().statusLinkHash(), concern.keys().statusLinkSalt(),
                        concern.keys().idempotencyKeyHash(), concern.keys().requestFingerprint(),
                        Timestamp.from(concern.receivedAt()), concern.version(),
                        concern.nextDue().map(Timestamp::from).orElse(null))
                .update();
        insertEntries(concern);
        saveClocks(concern);
        concern.markInserted();
    }

    /** Saves status and new timeline entries; fails if someone else saved the concern since it was loaded. */
    void update(Concern concern) {
        int updated = jdbc.sql("""
                UPDATE concern SET status = ?, outcome = ?, outcome_cause = ?, resolved_at = ?, next_due_at = ?,
                                   assignee_id = ?, kind = ?, legal_topic = ?, administrative_problem = ?,
                                   merged_into_id = ?, closed_at = ?, version = version + 1
                 WHERE id = ? AND version = ?""")
                .params(concern.status().name(), concern.outcome().map(Outcome::name).orElse(null),
                        concern.outcomeCause().map(OutcomeCause::name).orElse(null),
                        concern.resolvedAt().map(Timestamp::from).orElse(null),
                        concern.nextDue().map(Timestamp::from).orElse(null),
                        concern.assignee().map(StaffId::value).orElse(null), concern.kind().name(),
                        concern.content().legalTopic().name(), concern.content().administrativeProblem().name(),
                        concern.mergedInto().map(ConcernId::value).orElse(null),
                        concern.closedAt().map(Timestamp::from).orElse(null), concern.id().value(), concern.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Concern " + concern.reference() + " was changed meanwhile");
        }
        insertEntries(concern);
        saveClocks(concern);
        concern.markUpdated();
    }

    Optional<Concern> byStatusLinkHash(byte[] hash) {
        return one("status_link_hash = ?", hash);
    }

    /** Loads and locks a concern for staff work; writers queue on the row lock. */
    Optional<Concern> byReferenceForChange(Reference reference) {
        return one("reference = ? FOR UPDATE", reference.value());
    }

    /** Loads and locks the concern until the transaction ends, so that writers queue instead of failing. */
    Optional<Concern> byStatusLinkHashForChange(byte[] hash) {
        return one("status_link_hash = ? FOR UPDATE", hash);
    }

    Optional<Concern> byIdempotencyKeyHash(byte[] hash) {
        return one("idempotency_key_hash = ?", hash);
    }

    Optional<Concern> byReference(Reference reference) {
        return one("reference = ?", reference.value());
    }

    Optional<Concern> byId(ConcernId id) {
        return one("id = ?", id.value());
    }

    /** Concern ids in id order after the given one, for a backfill that pages through all of them. */
    List<ConcernId> idsAfter(Optional<ConcernId> after, int limit) {
        return jdbc.sql("SELECT id FROM concern WHERE id > ? ORDER BY id LIMIT ?")
                .params(after.map(ConcernId::value).orElse(new UUID(0, 0)), limit)
                .query((rs, row) -> new ConcernId(rs.getObject("id", UUID.class))).list();
    }

    Optional<Concern> byIdForChange(ConcernId id) {
        return one("id = ? FOR UPDATE", id.value());
    }

    record SentMessage(int position, String text) {
    }

    /** A message sent earlier with the same idempotency key, if there is one. */
    Optional<SentMessage> messageWithIdempotencyKey(ConcernId concern, byte[] keyHash) {
        return jdbc.sql("SELECT position, body FROM concern_timeline_entry WHERE concern_id = ? AND idempotency_key_hash = ?")
                .params(concern.value(), keyHash)
                .query((rs, row) -> new SentMessage(rs.getInt("position"), rs.getString("body"))).optional();
    }

    /** A clock alert as the watch finds it: which concern, which promise, due when. */
    record ClockAlert(ConcernId concern, Reference reference, ServiceLevel level, Instant dueAt) {
    }

    /** Marks running clocks past their due time as breached, each once, and returns them. */
    List<ClockAlert> markBreached(Instant now) {
        return jdbc.sql("""
                UPDATE concern_clock c SET breached_at = ?
                  FROM concern k
                 WHERE k.id = c.concern_id AND c.stopped_at IS NULL AND c.paused_at IS NULL
                   AND c.breached_at IS NULL AND c.due_at < ?
                RETURNING c.concern_id, k.reference, c.level, c.due_at""")
                .params(Timestamp.from(now), Timestamp.from(now))
                .query(Concerns::alert).list();
    }

    /**
     * Marks running clocks that used up their Jobcenter's warning share of their time (or the default share) as at
     * risk, each once, and returns them.
     */
    List<ClockAlert> markAtRisk(Instant now, double defaultShare) {
        return jdbc.sql("""
                UPDATE concern_clock c SET warned_at = ?
                  FROM concern k LEFT JOIN service_targets t ON t.jobcenter_id = k.jobcenter_id
                 WHERE k.id = c.concern_id AND c.stopped_at IS NULL AND c.paused_at IS NULL
                   AND c.warned_at IS NULL AND c.breached_at IS NULL AND c.due_at >= ?
                   AND c.started_at + (c.due_at - c.started_at) * coalesce(t.warn_at_percent / 100.0, ?) <= ?
                RETURNING c.concern_id, k.reference, c.level, c.due_at""")
                .params(Timestamp.from(now), Timestamp.from(now), defaultShare, Timestamp.from(now))
                .query(Concerns::alert).list();
    }

    private static ClockAlert alert(ResultSet rs, int row) throws SQLException {
        return new ClockAlert(new ConcernId(rs.getObject("concern_id", UUID.class)), new Reference(rs.getString("reference")),
                ServiceLevel.valueOf(rs.getString("level")), rs.getTimestamp("due_at").toInstant());
    }

    /**
     * One page of the inbox of these sites: existential first, then by the next due time; with the number of concerns
     * that match, and how many of them are in each status (the other filters applied, so the status filter shows
     * what choosing a status would find).
     */
    Inbox inbox(Set<SiteId> sites, StaffId viewer, InboxFilter filter, Instant now) {
        StringBuilder where = new StringBuilder(" WHERE k.site_id = s.site");
        Map<String, Object> params = new HashMap<>();
        params.put("sites", sites.stream().map(SiteId::value).toList());
        params.put("now", Timestamp.from(now));
        Optional<Reference> typedReference = filter.search().flatMap(Reference::parse);
        filter.kind().ifPresent(kind -> {
            where.append(" AND k.kind = :kind");
            params.put("kind", kind.name());
        });
        filter.urgency().ifPresent(urgency -> {
            where.append(" AND k.urgency = :urgency");
            params.put("urgency", urgency.name());
        });
        if (filter.overdueOnly()) {
            where.append(" AND k.next_due_at < :now");
        }
        filter.dueBy().ifPresent(dueBy -> {
            where.append(" AND k.next_due_at < :dueBy");
            params.put("dueBy", Timestamp.from(dueBy));
        });
        switch (filter.queue()) {
            case MINE -> {
                where.append(" AND k.assignee_id = :viewer");
                params.put("viewer", viewer.value());
            }
            case UNASSIGNED -> where.append(" AND k.assignee_id IS NULL");
            case ALL -> {
                // no condition
            }
        }
        filter.site().ifPresent(site -> {
            where.append(" AND k.site_id = :site");
            params.put("site", site.value());
        });
        filter.legalTopic().ifPresent(topic -> {
            where.append(" AND k.legal_topic = :topic");
            params.put("topic", topic.name());
        });
        if (typedReference.isPresent()) {
            // A reference typed in any form is looked up exactly (unique index) rather than searched in the texts.
            where.append(" AND k.reference = :searchReference");
            params.put("searchReference", typedReference.get().value());
        } else {
            filter.search().ifPresent(search -> {
                // German full-text search over the citizen's text (stored words; GIN index per site for open concerns)
                where.append(" AND k.search_vector @@ websearch_to_tsquery('german', :search)");
                params.put("search", search);
            });
        }
        // Without a chosen status the inbox is the work still to do; resolved and closed ones on request. A typed
        // reference finds its concern whatever its status: the caller on the phone may mean a closed one.
        String openOnly = typedReference.isPresent() ? "" : " AND k.status NOT IN ('RESOLVED', 'CLOSED')";
        String sitesTable = " FROM unnest(ARRAY[:sites]::uuid[]) AS s(site)";
        Map<ConcernStatus, Long> byStatus = new java.util.EnumMap<>(ConcernStatus.class);
        boolean narrowed = filter.kind().isPresent() || filter.urgency().isPresent() || filter.overdueOnly()
                || filter.dueBy().isPresent() || filter.queue() != InboxFilter.Queue.ALL
                || filter.legalTopic().isPresent() || filter.search().isPresent();
        if (narrowed) {
            jdbc.sql("SELECT k.status, count(*) AS n" + sitesTable + " JOIN concern k ON true" + where + openOnly
                            + " GROUP BY k.status")
                    .params(params)
                    .query((rs, row) -> Map.entry(ConcernStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                    .list().forEach(entry -> byStatus.put(entry.getKey(), entry.getValue()));
        } else {
            // The usual view, a site's work by status: counts kept by triggers (V20), not counted per page view.
            List<UUID> counted = sites.stream().filter(site -> filter.site().map(site::equals).orElse(true))
                    .map(SiteId::value).toList();
            if (!counted.isEmpty()) {
                jdbc.sql("SELECT status, sum(n) AS n FROM inbox_status_count WHERE site_id IN (:sites) GROUP BY status")
                        .param("sites", counted)
                        .query((rs, row) -> Map.entry(ConcernStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                        .list().forEach(entry -> byStatus.put(entry.getKey(), entry.getValue()));
            }
        }
        long total;
        String pageWhere;
        if (filter.status().isPresent()) {
            ConcernStatus status = filter.status().get();
            params.put("status", status.name());
            pageWhere = where + " AND k.status = :status";
            if (!byStatus.containsKey(status) && !status.open()) {
                // Resolved and closed ones are history, counted only when asked for.
                byStatus.put(status, jdbc.sql("SELECT count(*)" + sitesTable + " JOIN concern k ON true" + pageWhere)
                        .params(params).query(Long.class).single());
            }
            total = byStatus.getOrDefault(status, 0L);
        } else {
            pageWhere = where + openOnly;
            total = byStatus.entrySet().stream().filter(entry -> !openOnly.isEmpty() ? entry.getKey().open() : true)
                    .mapToLong(Map.Entry::getValue).sum();
        }
        params.put("limit", InboxFilter.PAGE_SIZE);
        params.put("offset", filter.page() * InboxFilter.PAGE_SIZE);
        params.put("perSite", (filter.page() + 1) * InboxFilter.PAGE_SIZE);
        // Per site, the page comes in index order (LATERAL ... LIMIT); the few rows are then merged. One query over all
        // sites at once would sort every open concern of an area manager's sites for each page.
        List<InboxRow> rows = jdbc.sql("""
                SELECT k.reference, k.received_at, k.kind, k.urgency, k.status, k.legal_topic, k.site_id,
                       k.next_due_at AS next_due, k.assignee_id""" + sitesTable + """
                 CROSS JOIN LATERAL (
                       SELECT * FROM concern k""" + pageWhere + """
                        ORDER BY (k.urgency = 'EXISTENTIAL') DESC, k.next_due_at ASC NULLS LAST, k.received_at
                        LIMIT :perSite) k
                 ORDER BY (k.urgency = 'EXISTENTIAL') DESC, k.next_due_at ASC NULLS LAST, k.received_at
                 LIMIT :limit OFFSET :offset""")
                .params(params)
                .query((rs, row) -> {
                    Optional<Instant> nextDue = Optional.ofNullable(rs.getTimestamp("next_due")).map(Timestamp::toInstant);
                    return new InboxRow(new Reference(rs.getString("reference")), instant(rs, "received_at"),
                            ConcernKind.valueOf(rs.getString("kind")), Urgency.valueOf(rs.getString("urgency")),
                            ConcernStatus.valueOf(rs.getString("status")), LegalTopic.valueOf(rs.getString("legal_topic")),
                            Optional.ofNullable(rs.getObject("site_id", UUID.class)).map(SiteId::new), nextDue,
                            nextDue.map(due -> due.isBefore(now)).orElse(false),
                            Optional.ofNullable(rs.getObject("assignee_id", UUID.class)).map(StaffId::new));
                })
                .list();
        return new Inbox(rows, total, filter, byStatus);
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM concern").query(Long.class).single();
    }

    private void insertEntries(Concern concern) {
        for (TimelineEntry entry : concern.unsavedEntries()) {
            jdbc.sql("""
                    INSERT INTO concern_timeline_entry (id, concern_id, position, type, audience, body, status,
                                                        idempotency_key_hash, actor, occurred_at, translation_language,
                                                        translation_body)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(entry.id(), concern.id().value(), entry.position(), entry.type().name(),
                            entry.audience().name(), entry.body().orElse(null),
                            entry.status().map(ConcernStatus::name).orElse(null),
                            concern.idempotencyKeyOf(entry).orElse(null), entry.actor().orElse(null),
                            Timestamp.from(entry.occurredAt()),
                            entry.translation().map(translation -> translation.language().code()).orElse(null),
                            entry.translation().map(TimelineEntry.Translation::text).orElse(null))
                    .update();
        }
    }

    private void saveClocks(Concern concern) {
        for (ServiceClock clock : concern.clocks()) {
            jdbc.sql("""
                    INSERT INTO concern_clock (concern_id, level, started_at, due_at, paused_at, stopped_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (concern_id, level) DO UPDATE
                       SET due_at = excluded.due_at, paused_at = excluded.paused_at, stopped_at = excluded.stopped_at,
                           started_at = excluded.started_at,
                           -- a restarted clock (reopening, a missed callback) is a new promise: warn and breach anew
                           warned_at = CASE WHEN concern_clock.started_at = excluded.started_at
                                            THEN concern_clock.warned_at END,
                           breached_at = CASE WHEN concern_clock.started_at = excluded.started_at
                                              THEN concern_clock.breached_at END""")
                    .params(concern.id().value(), clock.level().name(), Timestamp.from(clock.startedAt()),
                            Timestamp.from(clock.dueAt()), clock.pausedAt().map(Timestamp::from).orElse(null),
                            clock.stoppedAt().map(Timestamp::from).orElse(null))
                    .update();
        }
    }

    private List<ServiceClock> clocks(ConcernId concern) {
        return jdbc.sql("""
                SELECT level, started_at, due_at, paused_at, stopped_at FROM concern_clock
                 WHERE concern_id = ? ORDER BY level""")
                .param(concern.value())
                .query((rs, row) -> new ServiceClock(ServiceLevel.valueOf(rs.getString("level")),
                        instant(rs, "started_at"), instant(rs, "due_at"),
                        Optional.ofNullable(rs.getTimestamp("paused_at")).map(Timestamp::toInstant),
                        Optional.ofNullable(rs.getTimestamp("stopped_at")).map(Timestamp::toInstant)))
                .list();
    }

    private Optional<Concern> one(String condition, Object value) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM concern WHERE " + condition).param(value)
                .query(this::map).optional();
    }

    private Concern map(ResultSet rs, int row) throws SQLException {
        ConcernId id = new ConcernId(rs.getObject("id", UUID.class));
        NewConcern content = new NewConcern(
                ConcernKind.valueOf(rs.getString("kind")),
                LegalTopic.valueOf(rs.getString("legal_topic")),
                AdministrativeProblem.valueOf(rs.getString("administrative_problem")),
                Urgency.valueOf(rs.getString("urgency")),
                rs.getString("description"),
                Optional.ofNullable(rs.getObject("notice_date", LocalDate.class)),
                Optional.ofNullable(rs.getString("customer_number")).map(CustomerNumber::new),
                Optional.ofNullable(rs.getString("citizen_name")),
                Optional.ofNullable(rs.getString("postcode")).map(Postcode::new),
                rs.getBoolean("without_fixed_address"),
                new Contact(ContactChannel.valueOf(rs.getString("contact_channel")),
                        Optional.ofNullable(rs.getString("contact_email")), Optional.ofNullable(rs.getString("contact_phone"))),
                Language.byCode(rs.getString("preferred_language")).orElse(Language.GERMAN));
        IntakeKeys keys = new IntakeKeys(rs.getBytes("status_link_salt"), rs.getBytes("status_link_hash"),
                rs.getBytes("idempotency_key_hash"), rs.getBytes("request_fingerprint"));
        return Concern.restore(id, new JobcenterId(rs.getObject("jobcenter_id", UUID.class)),
                new Reference(rs.getString("reference")), content,
                Optional.ofNullable(rs.getObject("site_id", UUID.class)).map(SiteId::new), keys,
                rs.getTimestamp("received_at").toInstant(), ConcernStatus.valueOf(rs.getString("status")),
                timeline(id), clocks(id), rs.getInt("version"),
                new Concern.Resolution(Optional.ofNullable(rs.getString("outcome")).map(Outcome::valueOf),
                        Optional.ofNullable(rs.getString("outcome_cause")).map(OutcomeCause::valueOf),
                        Optional.ofNullable(rs.getTimestamp("resolved_at")).map(Timestamp::toInstant)),
                Optional.ofNullable(rs.getObject("assignee_id", UUID.class)).map(StaffId::new),
                Optional.ofNullable(rs.getObject("merged_into_id", UUID.class)).map(ConcernId::new),
                Optional.ofNullable(rs.getTimestamp("closed_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getTimestamp("anonymised_at")).map(Timestamp::toInstant));
    }

    private List<TimelineEntry> timeline(ConcernId concern) {
        return jdbc.sql("""
                SELECT id, position, type, audience, body, status, actor, occurred_at, translation_language,
                       translation_body
                  FROM concern_timeline_entry WHERE concern_id = ? ORDER BY position""")
                .param(concern.value())
                .query((rs, row) -> new TimelineEntry(rs.getObject("id", UUID.class), rs.getInt("position"),
                        TimelineEntry.Type.valueOf(rs.getString("type")),
                        TimelineEntry.Audience.valueOf(rs.getString("audience")),
                        Optional.ofNullable(rs.getString("body")),
                        Optional.ofNullable(rs.getString("status")).map(ConcernStatus::valueOf),
                        Optional.ofNullable(rs.getString("actor")), instant(rs, "occurred_at"),
                        translation(rs.getString("translation_language"), rs.getString("translation_body"))))
                .list();
    }

    private static Optional<TimelineEntry.Translation> translation(String language, String text) {
        return text == null ? Optional.empty()
                : de.lotse.language.Language.byCode(language).map(found -> new TimelineEntry.Translation(found, text));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
