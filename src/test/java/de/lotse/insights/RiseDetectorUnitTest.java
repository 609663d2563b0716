package de.lotse.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The detector on simulated data: 17 sites × 10 legal subjects, 13 months of Poisson counts with rates between 3 and
 * 30 a month. In clean data it raises a false alarm in at most 5 % of the months evaluated (measured: 2.5 %); a
 * subject whose count triples at one site is found in most months (measured: 74 %), one that quadruples nearly always.
 */
class RiseDetectorUnitTest {

    private static final int SITES = 17;
    private static final int TOPICS = 10;
    private static final int RUNS = 1000;

    /** One evaluated month: series for every subject × site, the planted one (if any) rising by the factor. */
    private static Map<List<String>, long[]> month(Random random, double plantedFactor) {
        Map<List<String>, long[]> series = new HashMap<>();
        for (int site = 0; site < SITES; site++) {
            for (int topic = 0; topic < TOPICS; topic++) {
                double lambda = 3 + random.nextDouble() * 27;
                boolean planted = site == 0 && topic == 0;
                if (planted) {
                    lambda = 8;
                }
                long[] counts = new long[RiseDetector.BASELINE + 1];
                for (int k = 0; k < counts.length; k++) {
                    boolean latest = k == counts.length - 1;
                    counts[k] = PoissonCounts.draw(random, planted && latest ? lambda * plantedFactor : lambda);
                }
                series.put(List.of("topic" + topic, "site" + site), counts);
            }
        }
        return series;
    }

    @Test
    void in_clean_data_false_alarms_stay_within_the_stated_rate() {
        Random random = new Random(7);
        int monthsWithAlarm = 0;
        for (int run = 0; run < RUNS; run++) {
            monthsWithAlarm += RiseDetector.rises(month(random, 1.0)).isEmpty() ? 0 : 1;
        }
        double rate = monthsWithAlarm / (double) RUNS;
        System.out.printf("Rise detector: false alarms in %d of %d clean months (%.1f %%)%n", monthsWithAlarm, RUNS,
                rate * 100);
        assertThat(rate).isLessThanOrEqualTo(RiseDetector.ALPHA);
    }

    @Test
    void finds_a_planted_tripling_mostly_and_a_quadrupling_nearly_always() {
        assertThat(detectionRate(3.0, 11)).isGreaterThanOrEqualTo(0.70);
        assertThat(detectionRate(4.0, 13)).isGreaterThanOrEqualTo(0.95);
    }

    /** How often the planted rise (8 a month, then times the factor) is found; other alarms stay within α. */
    private static double detectionRate(double factor, long seed) {
        Random random = new Random(seed);
        int found = 0;
        int others = 0;
        for (int run = 0; run < RUNS; run++) {
            List<RiseDetector.Rise> rises = RiseDetector.rises(month(random, factor));
            found += rises.stream().anyMatch(rise -> rise.key().equals(List.of("topic0", "site0"))) ? 1 : 0;
            others += rises.stream().anyMatch(rise -> !rise.key().equals(List.of("topic0", "site0"))) ? 1 : 0;
        }
        System.out.printf("Rise detector: planted rise 8 → %.0f a month found in %d of %d months, other alarms in %d%n",
                8 * factor, found, RUNS, others);
        assertThat(others).isLessThanOrEqualTo((int) (RUNS * RiseDetector.ALPHA));
        return found / (double) RUNS;
    }

    @Test
    void the_tail_probability_matches_a_known_binomial_value() {
        // P(X >= 3) for X ~ Bin(10, 0.1) = 1 - (0.9^10 + 10·0.1·0.9^9 + 45·0.01·0.9^8) = 0.0701908...
        assertThat(RiseDetector.upperTail(10, 3, 0.1)).isCloseTo(0.0701908, within(1e-6));
        assertThat(RiseDetector.upperTail(10_000, 1_000, 1.0 / 13)).isLessThan(1e-10);
    }

    @Test
    void counts_below_five_are_never_reported() {
        long[] counts = new long[RiseDetector.BASELINE + 1];
        counts[counts.length - 1] = 4;

        assertThat(RiseDetector.rises(Map.of(List.of("a", "b"), counts))).isEmpty();
    }
}
