package de.lotse.channels.threema;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public keys of citizens' Threema IDs: fetched from Threema's directory once, then kept. A key that changes (the
 * citizen set up Threema anew) is noticed when their message no longer opens or a fresh lookup differs, logged, and
 * replaces the kept one: Lotse has no way to verify a key in person, so the directory is what it trusts.
 */
@Repository
class ThreemaPublicKeys {

    private static final Logger log = LoggerFactory.getLogger(ThreemaPublicKeys.class);

    private final JdbcClient jdbc;
    private final ThreemaApi api;
    private final Clock clock;

    ThreemaPublicKeys(JdbcClient jdbc, ThreemaApi api, Clock clock) {
        this.jdbc = jdbc;
        this.api = api;
        this.clock = clock;
    }

    /** The kept key of the ID, or the directory's (then kept); empty if the ID does not exist. */
    Optional<byte[]> of(String threemaId) throws ThreemaApi.Unavailable {
        Optional<byte[]> kept = kept(threemaId);
        return kept.isPresent() ? kept : fetched(threemaId);
    }

    /** The directory's key of the ID now, kept in place of an older one. */
    Optional<byte[]> fetched(String threemaId) throws ThreemaApi.Unavailable {
        Optional<byte[]> current = api.publicKey(threemaId);
        if (current.isEmpty()) {
            return current;
        }
        Optional<byte[]> kept = kept(threemaId);
        if (kept.isPresent() && !Arrays.equals(kept.get(), current.get())) {
            // The ID names a person: the log says that it happened, the kept key says to whom.
            log.warn("The public key of a Threema ID has changed; the new one is used from now on");
        }
        jdbc.sql("""
                INSERT INTO threema_public_key (threema_id, public_key, fetched_at) VALUES (?, ?, ?)
                ON CONFLICT (threema_id) DO UPDATE SET public_key = excluded.public_key, fetched_at = excluded.fetched_at""")
                .params(threemaId, current.get(), Timestamp.from(clock.instant())).update();
        return current;
    }

    private Optional<byte[]> kept(String threemaId) {
        return jdbc.sql("SELECT public_key FROM threema_public_key WHERE threema_id = ?").param(threemaId)
                .query((rs, row) -> rs.getBytes("public_key")).optional();
    }
}
