package de.lotse.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;

/**
 * A number read from the database for a gauge, read again only when older than its maximum age. Prometheus servers
 * scrape every instance every few seconds, possibly several servers at once; counting rows that often would load the
 * very database the gauges watch. While the database cannot be read the reading is "unknown", never an error that
 * would fail the whole scrape.
 */
public final class CachedReading<T> implements Supplier<T> {

    private final Supplier<T> source;
    private final T unknown;
    private final Duration maxAge;
    private final Clock clock;
    private T value;
    private Instant takenAt;

    public CachedReading(Supplier<T> source, T unknown, Duration maxAge, Clock clock) {
        this.source = source;
        this.unknown = unknown;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public synchronized T get() {
        Instant now = clock.instant();
        if (takenAt == null || !now.isBefore(takenAt.plus(maxAge))) {
            try {
                value = source.get();
            } catch (DataAccessException unreachable) {
                value = unknown;
            }
            takenAt = now;
        }
        return value;
    }
}
