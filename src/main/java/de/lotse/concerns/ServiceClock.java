package de.lotse.concerns;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One service-level clock of a concern: when it started and when it is due. It pauses while the concern waits for the
 * citizen or a partner, and stops when its promise is kept. A pause freezes the time left; on resume the due time is
 * moved by the schedule, in working days or in hours as the level counts.
 */
public record ServiceClock(ServiceLevel level, Instant startedAt, Instant dueAt, Optional<Instant> pausedAt,
        Optional<Instant> stoppedAt) {

    static ServiceClock start(ServiceLevel level, Instant startedAt, Instant dueAt) {
        return new ServiceClock(level, startedAt, dueAt, Optional.empty(), Optional.empty());
    }

    public boolean running() {
        return pausedAt.isEmpty() && stoppedAt.isEmpty();
    }

    public boolean paused() {
        return pausedAt.isPresent() && stoppedAt.isEmpty();
    }

    /** Overdue: still running (or stopped late) past its due time. A paused clock is never overdue. */
    public boolean overdueAt(Instant now) {
        if (stoppedAt.isPresent()) {
            return stoppedAt.get().isAfter(dueAt);
        }
        return running() && now.isAfter(dueAt);
    }

    /** When to warn that the promise is at risk: after the given share of the time between start and due. */
    public Instant warningAt(double share) {
        if (share <= 0 || share > 1) {
            throw new IllegalArgumentException("The warning share lies in (0, 1]: " + share);
        }
        long total = Duration.between(startedAt, dueAt).toSeconds();
        return startedAt.plusSeconds(Math.round(total * share));
    }

    ServiceClock pause(Instant at) {
        if (!running()) {
            throw new IllegalStateException(level + " clock is not running");
        }
        return new ServiceClock(level, startedAt, dueAt, Optional.of(at), stoppedAt);
    }

    ServiceClock resume(Instant at, ServiceSchedule schedule) {
        if (!paused()) {
            throw new IllegalStateException(level + " clock is not paused");
        }
        return new ServiceClock(level, startedAt, schedule.dueAfterPause(level, dueAt, pausedAt.get(), at),
                Optional.empty(), stoppedAt);
    }

    ServiceClock stop(Instant at) {
        if (stoppedAt.isPresent()) {
            throw new IllegalStateException(level + " clock has stopped already");
        }
        return new ServiceClock(level, startedAt, dueAt, Optional.empty(), Optional.of(at));
    }
}
