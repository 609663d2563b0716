package de.lotse.concerns;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.lotse.web.ClientFailures;

/**
 * Slows down guessing of status link secrets: a client with too many wrong links within a minute is refused until
 * the minute is over (counted by ClientFailures in the database, so that every instance sees them).
 */
@Component
class StatusLinkGuard {

    private final ClientFailures failures;
    private final ClientFailures.Limit limit;

    StatusLinkGuard(ClientFailures failures,
            @Value("${lotse.status-link.failures-per-minute:10}") int failuresPerMinute) {
        this.failures = failures;
        this.limit = new ClientFailures.Limit("status-link", Duration.ofMinutes(1), failuresPerMinute);
    }

    /** Throws when the client has used up its wrong guesses for the current minute. */
    void checkAllowed(String client) {
        Duration wait = failures.waitFor(limit, client);
        if (!wait.isZero()) {
            throw new TooManyWrongLinks(wait.plusSeconds(1));
        }
    }

    public void recordFailure(String client) {
        failures.record(limit, client);
    }

    /** A short pseudonym of the client for the access log. */
    String clientTag(String client) {
        return failures.tag(limit, client);
    }
}
