package de.lotse.directline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret in a client's consent link: an HMAC of the referral's id under the server key (256 bits), so the
 * counsellor can show the link again until the client has used it, while the database keeps only its hash.
 */
@Component
class ConsentLinks {

    private final SecretKeySpec key;

    ConsentLinks(@Value("${lotse.secret-key:}") String base64Key) {
        this.key = new SecretKeySpec(Base64.getDecoder().decode(base64Key.strip()), "HmacSHA256");
    }

    String secretFor(ReferralId referral) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] secret = mac.doFinal(("referral-consent:" + referral.value()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether a string can be a link secret at all (43 Base64url characters); anything else is not looked up. */
    static boolean wellFormed(String secret) {
        return secret != null && secret.matches("[A-Za-z0-9_-]{43}");
    }
}
