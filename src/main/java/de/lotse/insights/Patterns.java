package de.lotse.insights;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.springframework.stereotype.Service;

import de.lotse.calendar.HamburgCalendar;

/**
 * Runs the rise detectors over legal subject × site: the monthly Poisson test for the last month of a scope, and the
 * weekly CUSUM for the eight weeks up to its end.
 */
@Service
class Patterns {

    private final Aggregates aggregates;
    private final Clock clock;

    Patterns(Aggregates aggregates, Clock clock) {
        this.aggregates = aggregates;
        this.clock = clock;
    }

    List<ConflictPattern> in(InsightScope scope) {
        YearMonth month = scope.to();
        YearMonth first = month.minusMonths(RiseDetector.BASELINE);
        InsightScope window = new InsightScope(scope.jobcenter(), first, month, scope.sites(), scope.legalTopic());
        Map<List<String>, long[]> series = new HashMap<>();
        aggregates.seriesByTopicAndSite(window).forEach((key, count) -> {
            int index = (int) first.until(YearMonth.parse(key.get(2)), java.time.temporal.ChronoUnit.MONTHS);
            series.computeIfAbsent(List.of(key.get(0), key.get(1)), ignored -> new long[RiseDetector.BASELINE + 1])[index] = count;
        });
        return RiseDetector.rises(series).stream().map(rise -> {
            long baselineSum = Math.round(rise.baselineMean() * RiseDetector.BASELINE);
            return new ConflictPattern(rise.key().get(0), rise.key().get(1), month, rise.count(),
                    baselineSum < Suppression.THRESHOLD ? OptionalDouble.empty() : OptionalDouble.of(rise.baselineMean()),
                    rise.pValue());
        }).toList();
    }

    /** The weekly CUSUM over legal subject × site, for the eight weeks up to the scope's end (or this week). */
    List<WeeklyRise> weekly(InsightScope scope) {
        LocalDate today = LocalDate.now(clock.withZone(HamburgCalendar.ZONE));
        LocalDate end = scope.to().atEndOfMonth().isAfter(today) ? today : scope.to().atEndOfMonth();
        LocalDate last = end.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = WeeklyCusum.BASELINE + WeeklyCusum.WINDOW;
        LocalDate first = last.minusWeeks(weeks - 1L);
        InsightScope window = new InsightScope(scope.jobcenter(), YearMonth.from(first), YearMonth.from(last),
                scope.sites(), scope.legalTopic());
        Map<List<String>, long[]> series = new HashMap<>();
        aggregates.weeklySeries(window, first, last).forEach((key, count) -> {
            int index = (int) ChronoUnit.WEEKS.between(first, LocalDate.parse(key.get(2)));
            series.computeIfAbsent(List.of(key.get(0), key.get(1)), ignored -> new long[weeks])[index] = count;
        });
        return WeeklyCusum.alarms(series).stream().map(alarm -> {
            long baselineSum = Math.round(alarm.baselineMean() * WeeklyCusum.BASELINE);
            return new WeeklyRise(alarm.key().get(0), alarm.key().get(1),
                    first.plusWeeks(WeeklyCusum.BASELINE + (long) alarm.week()), alarm.count(),
                    baselineSum < Suppression.THRESHOLD ? OptionalDouble.empty() : OptionalDouble.of(alarm.baselineMean()),
                    alarm.pValue());
        }).toList();
    }
}
