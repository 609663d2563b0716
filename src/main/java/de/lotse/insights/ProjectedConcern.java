package de.lotse.insights;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.UUID;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.concerns.ConcernFacts;
import de.lotse.concerns.ServiceLevel;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.SiteId;

/**
 * One concern as the insights see it: a pseudonym instead of the id, the month and week of receipt instead of the
 * moment, durations instead of timestamps, codes, and a scrubbed snippet of the text. Nothing here names the citizen.
 *
 * @param breached per promise (acknowledge, answer, callback, same day): empty when the concern had no such clock
 */
record ProjectedConcern(UUID pseudonym, JobcenterId jobcenter, Optional<SiteId> site, LocalDate month, LocalDate week,
        String legalTopic, String administrativeProblem, String channel, String kind, boolean existential,
        Optional<Duration> toAcknowledge, Optional<Duration> toAnswer, Optional<Duration> toResolve,
        Optional<Boolean> acknowledgeBreached, Optional<Boolean> answerBreached, Optional<Boolean> callbackBreached,
        Optional<Boolean> sameDayBreached, Optional<String> outcome, Optional<String> cause, String snippet) {

    static ProjectedConcern of(UUID pseudonym, ConcernFacts facts) {
        LocalDate day = facts.receivedAt().atZone(HamburgCalendar.ZONE).toLocalDate();
        return new ProjectedConcern(pseudonym, facts.jobcenter(), facts.site(), day.withDayOfMonth(1),
                day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), facts.legalTopic().name(),
                facts.administrativeProblem().name(), facts.channel().name(), facts.kind().name(),
                facts.urgency() == de.lotse.concerns.Urgency.EXISTENTIAL,
                since(facts.receivedAt(), facts.acknowledgedAt()), since(facts.receivedAt(), facts.answeredAt()),
                since(facts.receivedAt(), facts.resolvedAt()), breached(facts, ServiceLevel.ACKNOWLEDGE),
                breached(facts, ServiceLevel.ANSWER), breached(facts, ServiceLevel.CALLBACK),
                breached(facts, ServiceLevel.SAME_DAY), facts.outcome().map(Enum::name),
                facts.cause().map(Enum::name), TextScrubber.snippet(facts.text(), facts.personalDetails()));
    }

    private static Optional<Duration> since(Instant received, Optional<Instant> then) {
        return then.map(moment -> Duration.between(received, moment));
    }

    private static Optional<Boolean> breached(ConcernFacts facts, ServiceLevel level) {
        return Optional.ofNullable(facts.breached().get(level));
    }
}
