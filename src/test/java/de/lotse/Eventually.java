package de.lotse;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** Waits for what the outbox does after a commit: the list, once it has at least so many (or what it has after 15 s). */
public final class Eventually {

    private Eventually() {
    }

    public static <T> List<T> atLeast(int count, Supplier<List<T>> list) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<T> found = list.get();
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = list.get();
        }
        return found;
    }
}
