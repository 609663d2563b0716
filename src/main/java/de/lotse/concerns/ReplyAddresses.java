package de.lotse.concerns;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A reply address per concern ({@code anliegen+<token>@…}): whatever reaches it belongs to that concern, even when
 * the subject was changed and the mail program sent no In-Reply-To. The token is the concern's id with an HMAC under
 * the server key, so it cannot be guessed or made up for another concern; like the status link it is a capability,
 * and it is accepted from any sender (a counsellor forwarding the citizen's answer, say).
 */
@Component
public class ReplyAddresses {

    private static final int MAC_CHARACTERS = 12;

    private final SecretKeySpec key;

    ReplyAddresses(@Value("${lotse.secret-key:}") String base64Key) {
        this.key = new SecretKeySpec(Base64.getDecoder().decode(base64Key.strip()), "HmacSHA256");
    }

    public String tokenFor(ConcernId concern) {
        return hex(concern.value()) + mac(concern.value());
    }

    /** The concern of a token, if it is one of ours. */
    public Optional<ConcernId> concernOf(String token) {
        String candidate = token.strip().toLowerCase(Locale.ROOT);
        if (!candidate.matches("[0-9a-f]{" + (32 + MAC_CHARACTERS) + "}")) {
            return Optional.empty();
        }
        byte[] id = HexFormat.of().parseHex(candidate.substring(0, 32));
        ByteBuffer buffer = ByteBuffer.wrap(id);
        UUID uuid = new UUID(buffer.getLong(), buffer.getLong());
        boolean genuine = MessageDigest.isEqual(mac(uuid).getBytes(StandardCharsets.US_ASCII),
                candidate.substring(32).getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(new ConcernId(uuid)) : Optional.empty();
    }

    private static String hex(UUID id) {
        return HexFormat.of().formatHex(ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array());
    }

    private String mac(UUID id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update("lotse reply address v1".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(hex(id).getBytes(StandardCharsets.US_ASCII)))
                    .substring(0, MAC_CHARACTERS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
