package de.lotse.concerns;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Issues status link secrets without storing them. A secret is the HMAC of a stored random salt under the server key
 * ({@code lotse.secret-key}); the database keeps the salt and the secret's SHA-256 hash. So a stolen database without
 * the key opens no status page, while Lotse itself can show the same link again (after a double submit, or to send it
 * by e-mail). That is why the key must be kept apart from database backups: production sets it from a secret store;
 * only the embedded default keeps it in its data directory, for convenience on a laptop.
 */
@Component
class StatusLinks {

    record Issued(StatusLinkSecret secret, byte[] salt, byte[] hash) {
    }

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    StatusLinks(@Value("${lotse.secret-key:}") String base64Key) {
        if (!StringUtils.hasText(base64Key)) {
            throw new IllegalStateException("lotse.secret-key is not set: set LOTSE_SECRET_KEY to at least 32 random bytes in Base64 "
                    + "(e.g. from 'openssl rand -base64 32'). Status links depend on it and must survive restarts.");
        }
        byte[] keyBytes = Base64.getDecoder().decode(base64Key.strip());
        if (keyBytes.length < 32) {
            throw new IllegalStateException("lotse.secret-key must hold at least 32 bytes");
        }
        this.key = new SecretKeySpec(keyBytes, "HmacSHA256");
    }

    Issued issue() {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        StatusLinkSecret secret = derive(salt);
        return new Issued(secret, salt, hash(secret));
    }

    StatusLinkSecret derive(byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update("lotse status link v1".getBytes(StandardCharsets.US_ASCII));
            return new StatusLinkSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(salt)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static byte[] hash(StatusLinkSecret secret) {
        return sha256(secret.value());
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
