package de.lotse.channels;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.concerns.ConcernId;
import de.lotse.concerns.ConcernReplies.AttachmentNote;

/**
 * Files that came with a citizen's message. Only content whose first bytes show a type staff can open safely (PDF,
 * common images, voice and video recordings) is kept for the concern page, whatever name and type the sender gave it; the rest is listed
 * with the reason and stays in the kept original message.
 */
@Repository
public class Attachments {

    /** What became of a file. */
    public enum Outcome {
        KEPT, TYPE_REFUSED, TOO_BIG
    }

    /** A file as it came, before it is checked. */
    public record Incoming(String filename, Optional<String> declaredType, byte[] content, long size) {
    }

    /** A kept file, to hand out. */
    public record Stored(String filename, String contentType, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final long maxSize;

    Attachments(JdbcClient jdbc,
            @org.springframework.beans.factory.annotation.Value("${lotse.channels.attachments.max-size:10485760}") long maxSize) {
        this.jdbc = jdbc;
        this.maxSize = maxSize;
    }

    /** The most bytes a kept file may have; bigger ones are refused (the original mail keeps them). */
    public long maxSize() {
        return maxSize;
    }

    public Outcome store(UUID inbound, ConcernId concern, int position, Incoming file, Instant now) {
        Optional<String> sniffed = sniff(file.content());
        Outcome outcome = file.size() > maxSize ? Outcome.TOO_BIG : sniffed.isEmpty() ? Outcome.TYPE_REFUSED : Outcome.KEPT;
        jdbc.sql("""
                INSERT INTO channel_attachment (id, inbound_id, concern_id, position, filename, declared_type,
                                                content_type, size, outcome, content, sha256, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), inbound, concern.value(), position, safeName(file.filename()),
                        file.declaredType().orElse(null), sniffed.orElse(null), file.size(), outcome.name(),
                        outcome == Outcome.KEPT ? file.content() : null, sha256(file.content()), Timestamp.from(now))
                .update();
        return outcome;
    }

    List<AttachmentNote> of(ConcernId concern) {
        return jdbc.sql("""
                SELECT id, position, filename, content_type, size, outcome FROM channel_attachment
                 WHERE concern_id = ? ORDER BY position, created_at, filename""")
                .param(concern.value())
                .query((rs, row) -> new AttachmentNote(rs.getObject("id", UUID.class), rs.getInt("position"),
                        rs.getString("filename"), Optional.ofNullable(rs.getString("content_type")), rs.getLong("size"),
                        rs.getString("outcome")))
                .list();
    }

    /** A kept file of this concern, or empty (also for a file of another concern: ids are not guessed across). */
    public Optional<Stored> kept(ConcernId concern, UUID id) {
        return jdbc.sql("""
                SELECT filename, content_type, content FROM channel_attachment
                 WHERE id = ? AND concern_id = ? AND outcome = 'KEPT'""")
                .params(id, concern.value())
                .query((rs, row) -> new Stored(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** The type the first bytes show, among those kept; empty for anything else. */
    public static Optional<String> sniff(byte[] content) {
        if (starts(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (starts(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
            return Optional.of("image/jpeg");
        }
        if (starts(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
            return Optional.of("image/png");
        }
        if (starts(content, "GIF87a".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                || starts(content, "GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return Optional.of("image/gif");
        }
        if (content.length >= 12 && starts(content, "RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                && new String(content, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        if (content.length >= 12 && new String(content, 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("ftyp")) {
            String brand = new String(content, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (List.of("heic", "heix", "mif1", "msf1", "heim", "heis").contains(brand)) {
                return Optional.of("image/heic");
            }
            if (brand.equals("M4A ")) {
                return Optional.of("audio/mp4");
            }
            if (List.of("isom", "iso2", "mp41", "mp42", "avc1", "3gp4", "3gp5").contains(brand)) {
                return Optional.of("video/mp4");
            }
        }
        // Voice messages (Telegram, WhatsApp): people who find writing hard speak instead.
        if (starts(content, "OggS".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return Optional.of("audio/ogg");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A file name safe to show and to offer for download: no directories, no control or reserved characters, no
     * leading dots, at most 120 characters with the extension kept.
     */
    public static String safeName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*\\u202A-\\u202E\\u2066-\\u2069]", "_").strip();
        name = name.replaceAll("^[.\\s]+", "");
        if (name.length() > 120) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 120 - extension.length()) + extension;
        }
        return name.isEmpty() ? "anhang" : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
