package de.lotse.insights;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A measure's effect on its pattern: the pattern's concerns in the months before it took effect and since, each count
 * suppressed below 5, and the monthly rates compared.
 */
public record MeasureEffect(int monthsBefore, OptionalLong before, int monthsAfter, OptionalLong after) {

    public OptionalDouble rateBefore() {
        return before.isPresent() && monthsBefore > 0 ? OptionalDouble.of(before.getAsLong() / (double) monthsBefore)
                : OptionalDouble.empty();
    }

    public OptionalDouble rateAfter() {
        return after.isPresent() && monthsAfter > 0 ? OptionalDouble.of(after.getAsLong() / (double) monthsAfter)
                : OptionalDouble.empty();
    }

    /** The relative change of the monthly rate, e.g. −0.4 for 40 % fewer; empty where a count is suppressed. */
    public OptionalDouble change() {
        OptionalDouble rateBefore = rateBefore();
        OptionalDouble rateAfter = rateAfter();
        return rateBefore.isPresent() && rateAfter.isPresent() && rateBefore.getAsDouble() > 0
                ? OptionalDouble.of(rateAfter.getAsDouble() / rateBefore.getAsDouble() - 1)
                : OptionalDouble.empty();
    }
}
