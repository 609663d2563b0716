package de.lotse.concerns;

import java.time.Duration;

/** A client guessed too many status links; it may try again after the given time. */
public class TooManyWrongLinks extends RuntimeException {

    private final Duration retryAfter;

    public TooManyWrongLinks(Duration retryAfter) {
        super("Too many wrong status links; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
