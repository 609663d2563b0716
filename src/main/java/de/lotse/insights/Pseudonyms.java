package de.lotse.insights;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Pseudonyms of concerns and referrals for the insights: the HMAC of the id under the server key
 * ({@code lotse.secret-key}), cut to a UUID. The same concern always gets the same pseudonym, so later events update
 * its row; without the key (which is kept apart from the database) no pseudonym leads back to a concern.
 */
@Component
class Pseudonyms {

    private final SecretKeySpec key;

    Pseudonyms(@Value("${lotse.secret-key:}") String base64Key) {
        byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
        if (bytes.length < 32) {
            throw new IllegalStateException("lotse.secret-key must hold at least 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    UUID of(String kind, UUID id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("lotse insights pseudonym v1 " + kind).getBytes(StandardCharsets.US_ASCII));
            ByteBuffer digest = ByteBuffer.wrap(mac.doFinal(ByteBuffer.allocate(16)
                    .putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array()));
            return new UUID(digest.getLong(), digest.getLong());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
