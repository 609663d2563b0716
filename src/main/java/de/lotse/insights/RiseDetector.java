package de.lotse.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds series (e.g. legal subject × site, month by month) whose latest count rises significantly above their own
 * baseline, the {@value #BASELINE} periods before it.
 * <p>
 * <b>Method.</b> If the latest count {@code x} and the baseline sum {@code s} come from the same Poisson rate, then
 * given {@code n = x + s}, {@code x} is Binomial({@code n}, 1/({@value #BASELINE}+1)) — the exact conditional test
 * for two Poisson rates, which needs no estimate of the rate and so stays valid for small counts. The one-sided
 * p-value {@code P(X ≥ x)} is compared with α/m (Bonferroni over the m series tested in the period), so the chance of
 * one or more false alarms per evaluated period is at most α = {@value #ALPHA}. Series whose latest count is below
 * the suppression threshold are not tested: they could not be shown anyway.
 */
final class RiseDetector {

    static final int BASELINE = 12;
    static final double ALPHA = 0.05;

    /** A rise found: the series' key, its latest count, the baseline's mean per period and the test's p-value. */
    record Rise(List<String> key, long count, double baselineMean, double pValue) {

        /** How many times the baseline the latest count is (infinite over an empty baseline). */
        double ratio() {
            return baselineMean == 0 ? Double.POSITIVE_INFINITY : count / baselineMean;
        }
    }

    private RiseDetector() {
    }

    /**
     * @param series per key, counts of consecutive periods, oldest first; the last is the period tested, the
     *        {@value #BASELINE} before it the baseline (shorter series are not tested)
     */
    static List<Rise> rises(Map<List<String>, long[]> series) {
        List<Rise> candidates = new ArrayList<>();
        for (Map.Entry<List<String>, long[]> entry : series.entrySet()) {
            long[] counts = entry.getValue();
            if (counts.length < BASELINE + 1 || counts[counts.length - 1] < Suppression.THRESHOLD) {
                continue;
            }
            long latest = counts[counts.length - 1];
            long baseline = 0;
            for (int k = counts.length - 1 - BASELINE; k < counts.length - 1; k++) {
                baseline += counts[k];
            }
            candidates.add(new Rise(entry.getKey(), latest, baseline / (double) BASELINE,
                    upperTail(latest + baseline, latest, 1.0 / (BASELINE + 1))));
        }
        double bound = ALPHA / Math.max(1, candidates.size());
        return candidates.stream().filter(rise -> rise.pValue() <= bound)
                .sorted(Comparator.comparingDouble(Rise::pValue)).toList();
    }

    /** P(X ≥ x) for X ~ Binomial(n, p), summed in log space from x upwards; 1 where x is not above the mean. */
    static double upperTail(long n, long x, double p) {
        if (x <= n * p) {
            return 1.0;
        }
        double logTerm = logChoose(n, x) + x * Math.log(p) + (n - x) * Math.log1p(-p);
        double ratio = p / (1 - p);
        double term = 1.0;
        double sum = 0;
        for (long k = x; k <= n; k++) {
            sum += term;
            term *= (double) (n - k) / (k + 1) * ratio;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return Math.min(1.0, Math.exp(logTerm + Math.log(sum)));
    }

    private static double logChoose(long n, long k) {
        double sum = 0;
        long small = Math.min(k, n - k);
        for (long i = 1; i <= small; i++) {
            sum += Math.log(n - small + i) - Math.log(i);
        }
        return sum;
    }
}
