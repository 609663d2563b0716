package de.lotse.insights;

import java.util.Random;

/** Draws Poisson-distributed counts (Knuth's method, fine for the small rates of made-up histories and simulations). */
final class PoissonCounts {

    private PoissonCounts() {
    }

    static long draw(Random random, double lambda) {
        double limit = Math.exp(-lambda);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
