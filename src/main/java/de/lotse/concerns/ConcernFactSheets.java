package de.lotse.concerns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.organisation.Postcode;
import de.lotse.privacy.AccessLog;
import de.lotse.privacy.PersonalDataRead;

/**
 * The case core's answer to the insights module, which must not read the concern tables: the facts of one concern,
 * and the ids of all concerns page by page for a backfill. Each read is logged, as the facts hold the citizen's text.
 */
@Service
public class ConcernFactSheets {

    static final String ACTOR = "insights:pseudonymisation";

    private final Concerns concerns;
    private final AccessLog accessLog;
    private final Clock clock;

    ConcernFactSheets(Concerns concerns, AccessLog accessLog, Clock clock) {
        this.concerns = concerns;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Transactional
    public Optional<ConcernFacts> of(ConcernId id) {
        Instant now = clock.instant();
        return concerns.byId(id).map(concern -> {
            accessLog.record(new PersonalDataRead(CitizenAccess.SUBJECT, id.value(), ACTOR, "pseudonymise", now));
            return facts(concern, now);
        });
    }

    /** Concern ids in a stable order, {@code limit} after {@code after} (from the start when empty). */
    @Transactional(readOnly = true)
    public List<ConcernId> idsAfter(Optional<ConcernId> after, int limit) {
        return concerns.idsAfter(after, limit);
    }

    static ConcernFacts facts(Concern concern, Instant now) {
        NewConcern content = concern.content();
        Map<ServiceLevel, Boolean> breached = new EnumMap<>(ServiceLevel.class);
        Optional<Instant> acknowledged = Optional.empty();
        for (ServiceClock clock : concern.clocks()) {
            breached.put(clock.level(), clock.overdueAt(now));
            if (clock.level() == ServiceLevel.ACKNOWLEDGE) {
                acknowledged = clock.stoppedAt();
            }
        }
        Optional<Instant> answered = concern.timeline().stream()
                .filter(entry -> entry.type() == TimelineEntry.Type.STAFF_REPLY).map(TimelineEntry::occurredAt).findFirst();
        List<String> details = new ArrayList<>();
        content.name().ifPresent(details::add);
        content.customerNumber().map(CustomerNumber::value).ifPresent(details::add);
        content.contact().email().ifPresent(details::add);
        content.contact().phone().ifPresent(details::add);
        content.postcode().map(Postcode::value).ifPresent(details::add);
        return new ConcernFacts(concern.id(), concern.jobcenter(), concern.site(), content.kind(), content.urgency(),
                content.legalTopic(), content.administrativeProblem(), content.contact().channel(), concern.receivedAt(),
                acknowledged, answered, concern.resolvedAt(), breached, concern.outcome(), concern.outcomeCause(),
                concern.mergedInto().isPresent(), content.description(), details);
    }
}
