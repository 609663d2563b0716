package de.lotse.concerns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing of status link secrets: a client with too many wrong links within a minute is refused until
 * the minute is over. Counts live in the database so that every instance sees them. Clients are kept as a hash of
 * their address, never the address itself.
 */
@Component
class StatusLinkGuard {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int failuresPerMinute;

    StatusLinkGuard(JdbcClient jdbc, Clock clock,
            @Value("${lotse.status-link.failures-per-minute:10}") int failuresPerMinute) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.failuresPerMinute = failuresPerMinute;
    }

    /** Throws when the client has used up its wrong guesses for the current minute. */
    void checkAllowed(String client) {
        Instant window = currentWindow();
        int failures = jdbc.sql("SELECT failures FROM status_link_failure WHERE client_key = ? AND window_start = ?")
                .params(key(client), Timestamp.from(window)).query(Integer.class).optional().orElse(0);
        if (failures >= failuresPerMinute) {
            throw new TooManyWrongLinks(Duration.between(clock.instant(), window.plus(WINDOW)).plusSeconds(1));
        }
    }

    /** Counted in its own transaction so that a rollback of the caller cannot undo it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String client) {
        Instant window = currentWindow();
        jdbc.sql("""
                INSERT INTO status_link_failure (client_key, window_start, failures) VALUES (?, ?, 1)
                ON CONFLICT (client_key, window_start) DO UPDATE SET failures = status_link_failure.failures + 1""")
                .params(key(client), Timestamp.from(window)).update();
        // Old windows are dropped now and then, not on every failure, so that a flood of guesses stays cheap.
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            jdbc.sql("DELETE FROM status_link_failure WHERE window_start < ?")
                    .param(Timestamp.from(window.minus(Duration.ofHours(1)))).update();
        }
    }

    private Instant currentWindow() {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    /** A short pseudonym of the client for the access log. */
    String clientTag(String client) {
        return key(client).substring(0, 12);
    }

    /**
     * IPv6 clients usually get a whole /64 network and could rotate through it, so they count per /64; IPv4 clients
     * count per address.
     */
    private static String key(String client) {
        return HexFormat.of().formatHex(StatusLinks.sha256("status-link-client:" + network(client)), 0, 16);
    }

    private static String network(String client) {
        if (client == null || client.indexOf(':') < 0) {
            return String.valueOf(client);
        }
        try {
            byte[] address = InetAddress.getByName(client).getAddress(); // a literal: no name lookup
            return address.length == 16 ? HexFormat.of().formatHex(address, 0, 8) + "::/64" : client;
        } catch (UnknownHostException notAnAddress) {
            return client;
        }
    }
}
