package de.lotse.directline;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files on a referral; the content is handed out only through the service's access checks. */
@Repository
class ReferralDocuments {

    private final JdbcClient jdbc;

    ReferralDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(ReferralId referral, int position, ReferralDocument.Purpose purpose, String filename, String contentType,
            byte[] content, Instant now) {
        jdbc.sql("""
                INSERT INTO referral_document (id, referral_id, position, purpose, filename, content_type, size, sha256,
                                               content, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), referral.value(), position, purpose.name(), filename, contentType,
                        content.length, sha256(content), content, Timestamp.from(now))
                .update();
    }

    List<ReferralDocument> of(ReferralId referral) {
        return jdbc.sql("""
                SELECT id, position, purpose, filename, content_type, size FROM referral_document
                 WHERE referral_id = ? ORDER BY position""").param(referral.value())
                .query((rs, row) -> new ReferralDocument(rs.getObject("id", UUID.class), rs.getInt("position"),
                        ReferralDocument.Purpose.valueOf(rs.getString("purpose")), rs.getString("filename"),
                        rs.getString("content_type"), rs.getLong("size")))
                .list();
    }

    Optional<byte[]> content(ReferralId referral, UUID document) {
        return jdbc.sql("SELECT content FROM referral_document WHERE id = ? AND referral_id = ?")
                .params(document, referral.value()).query((rs, row) -> rs.getBytes("content")).optional();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
