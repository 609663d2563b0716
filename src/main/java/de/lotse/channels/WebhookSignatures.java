package de.lotse.channels;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks a webhook's {@code sha256=<hex HMAC-SHA256 of the body>} signature header (Meta's and our SMS gateway's). */
public final class WebhookSignatures {

    private WebhookSignatures() {
    }

    /** Whether the header signs exactly this body under the secret; compared in constant time. */
    public static boolean valid(String secret, byte[] body, String header) {
        if (header == null || secret.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(("sha256=" + hmac(secret, body)).getBytes(StandardCharsets.US_ASCII),
                header.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
