package de.lotse.directline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clients' consents; each found only by the hash of the secret in the client's link. */
@Repository
class Consents {

    private final JdbcClient jdbc;

    Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void ask(ReferralId referral, byte[] tokenHash, String textVersion, Instant now) {
        jdbc.sql("""
                INSERT INTO referral_consent (referral_id, token_hash, method, text_version, created_at)
                VALUES (?, ?, 'ELECTRONIC', ?, ?)""")
                .params(referral.value(), tokenHash, textVersion, Timestamp.from(now)).update();
    }

    Optional<ReferralConsent> byTokenHash(byte[] tokenHash) {
        return jdbc.sql("SELECT * FROM referral_consent WHERE token_hash = ?").param(tokenHash).query((rs, row) -> consent(rs))
                .optional();
    }

    Optional<ReferralConsent> of(ReferralId referral) {
        return jdbc.sql("SELECT * FROM referral_consent WHERE referral_id = ?").param(referral.value())
                .query((rs, row) -> consent(rs)).optional();
    }

    /** Records the consent; false if it was given (or withdrawn) before. */
    boolean give(ReferralId referral, String givenBy, Instant now, Instant expiresAt) {
        return jdbc.sql("""
                UPDATE referral_consent SET given_by = ?, given_at = ?, expires_at = ?
                 WHERE referral_id = ? AND given_at IS NULL AND withdrawn_at IS NULL""")
                .params(givenBy, Timestamp.from(now), Timestamp.from(expiresAt), referral.value()).update() == 1;
    }

    /** Records a consent given on paper, signed by the client; false if one was given (or withdrawn) before. */
    boolean giveSigned(ReferralId referral, String signedBy, Instant now, Instant expiresAt) {
        return jdbc.sql("""
                UPDATE referral_consent SET method = 'SIGNED_UPLOAD', given_by = ?, given_at = ?, expires_at = ?
                 WHERE referral_id = ? AND given_at IS NULL AND withdrawn_at IS NULL""")
                .params(signedBy, Timestamp.from(now), Timestamp.from(expiresAt), referral.value()).update() == 1;
    }

    boolean withdraw(ReferralId referral, Instant now) {
        return jdbc.sql("UPDATE referral_consent SET withdrawn_at = ? WHERE referral_id = ? AND withdrawn_at IS NULL")
                .params(Timestamp.from(now), referral.value()).update() == 1;
    }

    private static ReferralConsent consent(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReferralConsent(new ReferralId(rs.getObject("referral_id", UUID.class)), rs.getString("text_version"),
                Optional.ofNullable(rs.getString("given_by")),
                Optional.ofNullable(rs.getTimestamp("given_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getTimestamp("expires_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getTimestamp("withdrawn_at")).map(Timestamp::toInstant));
    }
}
