package de.lotse.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts what a client did wrong (a wrong status link, a failed login) per fixed window, so that guessing can be cut
 * short. Counts live in the database, so that every instance sees them: a second instance behind the same load
 * balancer gives a guesser no second allowance. Clients are kept as a hash of their address, never the address; IPv6
 * clients usually get a whole /64 and could rotate through it, so they count per /64.
 */
@Component
public class ClientFailures {

    /** At most {@code failures} wrong tries of this kind per client within each {@code window}. */
    public record Limit(String purpose, Duration window, int failures) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ClientFailures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long the client must wait until the window is over, or zero when it may try now. */
    public Duration waitFor(Limit limit, String client) {
        Instant window = currentWindow(limit);
        int failures = jdbc.sql("""
                SELECT failures FROM client_failure WHERE purpose = ? AND client_key = ? AND window_start = ?""")
                .params(limit.purpose(), key(limit, client), Timestamp.from(window)).query(Integer.class).optional()
                .orElse(0);
        return failures < limit.failures() ? Duration.ZERO : Duration.between(clock.instant(), window.plus(limit.window()));
    }

    /** Counted in its own transaction so that a rollback of the caller cannot undo it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Limit limit, String client) {
        Instant window = currentWindow(limit);
        jdbc.sql("""
                INSERT INTO client_failure (purpose, client_key, window_start, failures) VALUES (?, ?, ?, 1)
                ON CONFLICT (purpose, client_key, window_start) DO UPDATE SET failures = client_failure.failures + 1""")
                .params(limit.purpose(), key(limit, client), Timestamp.from(window)).update();
        // Old windows are dropped now and then, not on every failure, so that a flood of guesses stays cheap.
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            jdbc.sql("DELETE FROM client_failure WHERE window_start < ?")
                    .param(Timestamp.from(window.minus(Duration.ofDays(1)))).update();
        }
    }

    /** A short pseudonym of the client, for an access log. */
    public String tag(Limit limit, String client) {
        return key(limit, client).substring(0, 12);
    }

    private Instant currentWindow(Limit limit) {
        long seconds = limit.window().toSeconds();
        return Instant.ofEpochSecond(clock.instant().getEpochSecond() / seconds * seconds);
    }

    private static String key(Limit limit, String client) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((limit.purpose() + "-client:" + network(client)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
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
