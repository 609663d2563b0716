package de.lotse.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds series (legal subject × site, week by week) whose count rose in the last {@value #WINDOW} weeks, next to the
 * monthly test: it sees a rise weeks earlier, and one that builds up over several weeks.
 * <p>
 * <b>Method.</b> A Poisson CUSUM (Lucas 1985) tuned to a doubling of the weekly rate: with λ0 the mean of the
 * {@value #BASELINE} weeks before the window (plus ½ a concern, so that an empty baseline is no division by zero) and
 * λ1 = 2·λ0, the reference value is k = (λ1 − λ0)/ln(λ1/λ0) = λ0/ln 2, and S_t = max(0, S_{t−1} + x_t − k) runs over
 * the window from 0 (in steps of 0.1). Its largest value M is the statistic. P(max S ≥ M) for a known rate is
 * computed exactly as a Markov chain over the (discretised) CUSUM states; as the rate is only estimated from the
 * baseline, the p-value takes the upper 90 % bound of the rate's posterior (Gamma(baseline + ½, {@value #BASELINE})),
 * which keeps an uncertain baseline from raising alarms. It is compared with α/m (Bonferroni over the m series
 * tested); the chance of one or more false alarms per evaluation, measured on simulated data, is in the unit test
 * and the dashboard's method note.
 * Series with fewer than 5 concerns in the window are not tested: they could not be shown.
 */
final class WeeklyCusum {

    static final int BASELINE = 26;
    static final int WINDOW = 8;
    static final double ALPHA = 0.05;
    /** CUSUM values in tenths: k and S are rounded to 0.1, the same in the statistic and in its distribution. */
    private static final int SCALE = 10;
    /** Mass below this in a state is dropped: it changes a p-value by less than 10^-12 in all. */
    private static final double NEGLIGIBLE = 1e-16;

    /**
     * A rise found: the series' key, the week in the window (0 = first) where the CUSUM reached its largest value,
     * the window's count, the baseline's mean per week and the p-value.
     */
    record Alarm(List<String> key, int week, long count, double baselineMean, double pValue) {
    }

    private WeeklyCusum() {
    }

    /** @param series per key, {@value #BASELINE} + {@value #WINDOW} weekly counts, oldest first */
    static List<Alarm> alarms(Map<List<String>, long[]> series) {
        List<Alarm> candidates = new ArrayList<>();
        for (Map.Entry<List<String>, long[]> entry : series.entrySet()) {
            long[] counts = entry.getValue();
            if (counts.length != BASELINE + WINDOW) {
                continue;
            }
            long baseline = 0;
            long window = 0;
            for (int i = 0; i < counts.length; i++) {
                if (i < BASELINE) {
                    baseline += counts[i];
                } else {
                    window += counts[i];
                }
            }
            if (window < Suppression.THRESHOLD) {
                continue;
            }
            double lambda = (baseline + 0.5) / BASELINE;
            int k = reference(lambda);
            long largest = 0;
            int week = 0;
            long s = 0;
            for (int t = 0; t < WINDOW; t++) {
                s = Math.max(0, s + SCALE * counts[BASELINE + t] - k);
                if (s > largest) {
                    largest = s;
                    week = t;
                }
            }
            double p = largest == 0 ? 1.0 : predictivePValue(baseline, k, largest);
            candidates.add(new Alarm(entry.getKey(), week, window, baseline / (double) BASELINE, p));
        }
        double bound = ALPHA / Math.max(1, candidates.size());
        return candidates.stream().filter(alarm -> alarm.pValue() <= bound)
                .sorted(Comparator.comparingDouble(Alarm::pValue)).toList();
    }

    /** The standard normal quantile of the rate's upper bound (90 %). */
    private static final double UPPER = 1.2816;

    /**
     * The p-value at an upper bound of the weekly rate given the baseline sum: the 90 % quantile of its posterior
     * Gamma(sum + ½, weeks), by the Wilson–Hilferty approximation of the chi-square distribution. An alarm has to
     * stand against a rate higher than the baseline showed, so an uncertain baseline raises none.
     */
    static double predictivePValue(long baselineSum, int k, long largest) {
        double degrees = 2 * (baselineSum + 0.5);
        double spread = Math.sqrt(2 / (9 * degrees));
        double chiSquare = degrees * Math.pow(1 - 2 / (9 * degrees) + UPPER * spread, 3);
        return pValue(chiSquare / (2.0 * BASELINE), k, largest, WINDOW);
    }

    /** k = λ0/ln 2 in tenths, at least one tenth. */
    static int reference(double lambda) {
        return (int) Math.max(1, Math.round(SCALE * lambda / Math.log(2)));
    }

    /**
     * P(max over {@code weeks} steps of S ≥ {@code largest}) for weekly counts Poisson(λ), S starting at 0, in tenths:
     * the mass that reaches {@code largest} in a chain over the states 0 … largest − 1.
     */
    static double pValue(double lambda, int k, long largest, int weeks) {
        int states = (int) Math.min(largest, Integer.MAX_VALUE - 1);
        int highest = (int) Math.ceil((largest + (double) k) / SCALE);
        // Counts beyond ten standard deviations (and 10) above the rate have no mass worth carrying.
        int cut = Math.min(highest, (int) Math.ceil(lambda + 10 * Math.sqrt(lambda) + 10));
        double[] pmf = new double[cut + 1];
        pmf[0] = Math.exp(-lambda);
        for (int x = 1; x <= cut; x++) {
            pmf[x] = pmf[x - 1] * lambda / x;
        }
        double[] tail = new double[cut + 2];
        for (int x = cut; x >= 0; x--) {
            tail[x] = tail[x + 1] + pmf[x];
        }
        double[] now = new double[states];
        now[0] = 1.0;
        double reached = 0;
        for (int step = 0; step < weeks; step++) {
            double[] next = new double[states];
            for (int s = 0; s < states; s++) {
                double mass = now[s];
                if (mass < NEGLIGIBLE) {
                    continue; // the chain's mass sits near 0 (the CUSUM drifts down): skip the empty far states
                }
                for (int x = 0; x <= cut; x++) {
                    long to = s + (long) SCALE * x - k;
                    if (to >= largest) {
                        reached += mass * tail[x];
                        break;
                    }
                    next[(int) Math.max(0, to)] += mass * pmf[x];
                }
            }
            now = next;
        }
        return Math.min(1.0, reached);
    }
}
