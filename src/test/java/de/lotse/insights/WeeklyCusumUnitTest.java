package de.lotse.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The weekly CUSUM on simulated data: 17 sites × 10 legal subjects, 34 weeks of Poisson counts with rates between 1
 * and 10 a week. In clean data one or more false alarms come in at most 5 % of the evaluations (measured: 2.3 %, so on
 * average about 43 evaluations of fresh eight-week windows until the first); a subject (4 a week) whose rate triples at
 * one site for the last four weeks is found in nearly all evaluations (measured: 94 %), one that doubles in some
 * (measured: 18 %; the Bonferroni correction over 170 series and the cautious baseline cost power).
 */
class WeeklyCusumUnitTest {

    private static final int SITES = 17;
    private static final int TOPICS = 10;
    private static final int RUNS = 600;

    private static Map<List<String>, long[]> evaluation(Random random, double plantedFactor) {
        Map<List<String>, long[]> series = new HashMap<>();
        for (int site = 0; site < SITES; site++) {
            for (int topic = 0; topic < TOPICS; topic++) {
                boolean planted = site == 0 && topic == 0;
                double lambda = planted ? 4 : 1 + random.nextDouble() * 9;
                long[] counts = new long[WeeklyCusum.BASELINE + WeeklyCusum.WINDOW];
                for (int week = 0; week < counts.length; week++) {
                    boolean risen = planted && week >= counts.length - 4;
                    counts[week] = PoissonCounts.draw(random, risen ? lambda * plantedFactor : lambda);
                }
                series.put(List.of("topic" + topic, "site" + site), counts);
            }
        }
        return series;
    }

    private static double alarmRate(long seed, double factor, boolean plantedOnly) {
        Random random = new Random(seed);
        int hits = 0;
        for (int run = 0; run < RUNS; run++) {
            List<WeeklyCusum.Alarm> alarms = WeeklyCusum.alarms(evaluation(random, factor));
            hits += (plantedOnly ? alarms.stream().anyMatch(alarm -> alarm.key().equals(List.of("topic0", "site0")))
                    : !alarms.isEmpty()) ? 1 : 0;
        }
        return hits / (double) RUNS;
    }

    @Test
    void in_clean_data_false_alarms_stay_within_the_stated_rate() {
        double rate = alarmRate(11, 1.0, false);

        System.out.printf("weekly CUSUM: evaluations with a false alarm %.3f%n", rate);
        assertThat(rate).isLessThanOrEqualTo(WeeklyCusum.ALPHA);
    }

    @Test
    void a_planted_rise_over_the_last_four_weeks_is_found() {
        double doubled = alarmRate(12, 2.0, true);
        double tripled = alarmRate(13, 3.0, true);

        System.out.printf("weekly CUSUM: doubled found %.3f, tripled found %.3f%n", doubled, tripled);
        assertThat(doubled).isGreaterThan(0.1);
        assertThat(tripled).isGreaterThan(0.9);
    }

    @Test
    void the_exact_p_value_agrees_with_simulation() {
        Random random = new Random(5);
        double lambda = 3.2;
        int k = WeeklyCusum.reference(lambda);
        long threshold = 60; // 6.0 concerns above the reference, in tenths
        int reached = 0;
        int runs = 200_000;
        for (int run = 0; run < runs; run++) {
            long s = 0;
            long largest = 0;
            for (int week = 0; week < WeeklyCusum.WINDOW; week++) {
                s = Math.max(0, s + 10L * PoissonCounts.draw(random, lambda) - k);
                largest = Math.max(largest, s);
            }
            reached += largest >= threshold ? 1 : 0;
        }

        assertThat(WeeklyCusum.pValue(lambda, k, threshold, WeeklyCusum.WINDOW)).isCloseTo(reached / (double) runs,
                within(0.003));
    }
}
