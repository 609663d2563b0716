package de.lotse.concerns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The service-level clocks of one concern, changed together as the concern moves through its lifecycle. */
final class ServiceClocks {

    /** The order in which promises matter to the citizen: an emergency first, the final answer last. */
    private static final List<ServiceLevel> CITIZEN_PRIORITY = List.of(ServiceLevel.SAME_DAY, ServiceLevel.CALLBACK,
            ServiceLevel.ACKNOWLEDGE, ServiceLevel.ANSWER);

    private final List<ServiceClock> clocks;

    ServiceClocks(List<ServiceClock> clocks) {
        this.clocks = new ArrayList<>(clocks);
    }

    List<ServiceClock> all() {
        return Collections.unmodifiableList(clocks);
    }

    /** Whether a promise of this level was made and is not kept yet. */
    boolean open(ServiceLevel level) {
        return clocks.stream().anyMatch(clock -> clock.level() == level && clock.stoppedAt().isEmpty());
    }

    void stop(Instant now, ServiceLevel... levels) {
        List<ServiceLevel> stopping = List.of(levels);
        clocks.replaceAll(clock -> stopping.contains(clock.level()) && clock.stoppedAt().isEmpty() ? clock.stop(now) : clock);
    }

    void stopAll(Instant now) {
        clocks.replaceAll(clock -> clock.stoppedAt().isEmpty() ? clock.stop(now) : clock);
    }

    void pauseRunning(Instant now) {
        clocks.replaceAll(clock -> clock.running() ? clock.pause(now) : clock);
    }

    void resumePaused(Instant now, ServiceSchedule schedule) {
        clocks.replaceAll(clock -> clock.paused() ? clock.resume(now, schedule) : clock);
    }

    /** Starts a level afresh, e.g. the answer after reopening. */
    void restart(ServiceLevel level, Instant now, ServiceSchedule schedule) {
        clocks.removeIf(clock -> clock.level() == level);
        clocks.add(ServiceClock.start(level, now, schedule.due(level, now)));
    }

    /** The earliest due time of the running clocks: what the inbox sorts by. */
    Optional<Instant> nextDue() {
        return clocks.stream().filter(ServiceClock::running).map(ServiceClock::dueAt).min(Instant::compareTo);
    }

    /** The promise the citizen should see next: the most urgent running clock. */
    Optional<ServiceClock> nextPromise() {
        return CITIZEN_PRIORITY.stream()
                .flatMap(level -> clocks.stream().filter(clock -> clock.level() == level && clock.running()))
                .findFirst();
    }
}
