package de.lotse.insights;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.springframework.stereotype.Service;

/** Runs the rise detector over legal subject × site, month by month, for the last month of a scope. */
@Service
class Patterns {

    private final Aggregates aggregates;

    Patterns(Aggregates aggregates) {
        this.aggregates = aggregates;
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
}
