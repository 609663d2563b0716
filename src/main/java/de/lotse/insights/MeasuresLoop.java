package de.lotse.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.NotFound;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffMember;

/**
 * The measures loop: a pattern becomes a measure with an owner, a due date and what is changed; once in effect, its
 * effect on the pattern's count is measured. Who may see insights of a site sees its measures; quality management,
 * the executive management and the managers of the site plan and update them.
 */
@Service
public class MeasuresLoop {

    /** How many months before and after a measure took effect are compared (fewer after, while they have not passed). */
    static final int WINDOW = 6;

    private final Measures measures;
    private final Aggregates aggregates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeasuresLoop(Measures measures, Aggregates aggregates, ApplicationEventPublisher events, Clock clock) {
        this.measures = measures;
        this.aggregates = aggregates;
        this.events = events;
        this.clock = clock;
    }

    /** @throws de.lotse.concerns.InvalidDraft with every problem of the form */
    @Transactional
    public MeasureId plan(StaffMember viewer, MeasureDraft draft) {
        MeasureDraft.Checked checked = draft.check(today());
        InsightAccess.sites(viewer, checked.target().site());
        if (checked.target().site().isEmpty() && !InsightAccess.sites(viewer, Optional.empty()).isEmpty()) {
            throw new NotAllowed("a measure for all sites is for quality and executive management");
        }
        Measure measure = Measure.plan(viewer.jobcenter(), checked.target(), checked.plan(), viewer.id(), clock.instant());
        measures.insert(measure);
        measure.releaseEvents().forEach(events::publishEvent);
        return measure.id();
    }

    @Transactional
    public void takeEffect(StaffMember viewer, MeasureId id, LocalDate from) {
        Measure measure = changeable(viewer, id);
        measure.takeEffect(from);
        measures.update(measure);
        measure.releaseEvents().forEach(events::publishEvent);
    }

    @Transactional
    public void close(StaffMember viewer, MeasureId id) {
        Measure measure = changeable(viewer, id);
        measure.close();
        measures.update(measure);
        measure.releaseEvents().forEach(events::publishEvent);
    }

    /** The measures the viewer may see, newest first. */
    @Transactional(readOnly = true)
    public List<Measure> visibleTo(StaffMember viewer) {
        Set<SiteId> sites = InsightAccess.sites(viewer, Optional.empty());
        return measures.of(viewer.jobcenter(), sites);
    }

    /** The effect so far, once the measure is in effect. */
    @Transactional(readOnly = true)
    public Optional<MeasureEffect> effectOf(Measure measure) {
        if (measure.effectiveFrom().isEmpty()) {
            return Optional.empty();
        }
        YearMonth start = YearMonth.from(measure.effectiveFrom().get());
        YearMonth now = YearMonth.now(clock.withZone(HamburgCalendar.ZONE));
        YearMonth afterEnd = start.plusMonths(WINDOW - 1).isAfter(now) ? now : start.plusMonths(WINDOW - 1);
        int monthsAfter = afterEnd.isBefore(start) ? 0 : (int) start.until(afterEnd, java.time.temporal.ChronoUnit.MONTHS) + 1;
        long before = count(measure, start.minusMonths(WINDOW), start.minusMonths(1));
        long after = monthsAfter == 0 ? 0 : count(measure, start, afterEnd);
        return Optional.of(new MeasureEffect(WINDOW, shown(before), monthsAfter, shown(after)));
    }

    private long count(Measure measure, YearMonth from, YearMonth to) {
        InsightScope scope = new InsightScope(measure.jobcenter(), from, to,
                measure.target().site().map(Set::of).orElse(Set.of()), Optional.of(measure.target().legalTopic()));
        return aggregates.total(scope);
    }

    private static OptionalLong shown(long count) {
        return count < Suppression.THRESHOLD ? OptionalLong.empty() : OptionalLong.of(count);
    }

    private Measure changeable(StaffMember viewer, MeasureId id) {
        Measure measure = measures.byId(id).filter(found -> found.jobcenter().equals(viewer.jobcenter()))
                .orElseThrow(() -> new NotFound("measure"));
        Set<SiteId> allowed = InsightAccess.sites(viewer, Optional.empty());
        if (!allowed.isEmpty() && measure.target().site().filter(allowed::contains).isEmpty()) {
            throw new NotAllowed("a measure of another site");
        }
        return measure;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HamburgCalendar.ZONE));
    }
}
