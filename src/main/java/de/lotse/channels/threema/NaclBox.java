package de.lotse.channels.threema;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

import org.bouncycastle.crypto.engines.Salsa20Engine;
import org.bouncycastle.crypto.engines.XSalsa20Engine;
import org.bouncycastle.crypto.macs.Poly1305;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.bouncycastle.util.Pack;

/**
 * NaCl's {@code crypto_box} (curve25519xsalsa20poly1305), which Threema's end-to-end mode uses, built from
 * BouncyCastle's primitives: X25519 for the shared secret, HSalsa20 to turn it into a key, XSalsa20 and Poly1305 to
 * seal. A box is the 16-byte Poly1305 tag followed by the ciphertext, as NaCl's {@code crypto_box_easy} writes it.
 */
final class NaclBox {

    static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 24;
    static final int TAG_BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();
    /** "expand 32-byte k", Salsa20's constant words. */
    private static final int[] SIGMA = { 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574 };

    private NaclBox() {
    }

    static byte[] newPrivateKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    static byte[] newNonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return nonce;
    }

    /** {@code crypto_scalarmult_base}: the public key that belongs to a private key. */
    static byte[] publicKey(byte[] privateKey) {
        requireLength(privateKey, KEY_BYTES, "private key");
        byte[] publicKey = new byte[KEY_BYTES];
        X25519.scalarMultBase(privateKey, 0, publicKey, 0);
        return publicKey;
    }

    /** {@code crypto_scalarmult}: the X25519 shared secret; refused for a point of small order (all-zero result). */
    static byte[] sharedSecret(byte[] ourPrivate, byte[] theirPublic) {
        requireLength(ourPrivate, KEY_BYTES, "private key");
        requireLength(theirPublic, KEY_BYTES, "public key");
        byte[] shared = new byte[KEY_BYTES];
        if (!X25519.calculateAgreement(ourPrivate, 0, theirPublic, 0, shared, 0)) {
            throw new IllegalArgumentException("public key of small order");
        }
        return shared;
    }

    /** {@code crypto_box_beforenm}: HSalsa20 of the shared secret with a zero input. */
    static byte[] boxKey(byte[] theirPublic, byte[] ourPrivate) {
        return hsalsa20(sharedSecret(ourPrivate, theirPublic), new byte[16]);
    }

    /** {@code crypto_core_hsalsa20}: the Salsa20 rounds without the final addition, eight of the sixteen words. */
    static byte[] hsalsa20(byte[] key, byte[] input) {
        requireLength(key, KEY_BYTES, "key");
        requireLength(input, 16, "input");
        int[] state = new int[16];
        state[0] = SIGMA[0];
        state[5] = SIGMA[1];
        state[10] = SIGMA[2];
        state[15] = SIGMA[3];
        Pack.littleEndianToInt(key, 0, state, 1, 4);
        Pack.littleEndianToInt(key, 16, state, 11, 4);
        Pack.littleEndianToInt(input, 0, state, 6, 4);
        int[] mixed = new int[16];
        // salsaCore adds the input back in at the end; HSalsa20 has no such feed-forward, so it is taken out again.
        Salsa20Engine.salsaCore(Salsa20Engine.DEFAULT_ROUNDS, state, mixed);
        int[] words = { 0, 5, 10, 15, 6, 7, 8, 9 };
        byte[] out = new byte[KEY_BYTES];
        for (int i = 0; i < words.length; i++) {
            Pack.intToLittleEndian(mixed[words[i]] - state[words[i]], out, i * 4);
        }
        Arrays.fill(state, 0);
        Arrays.fill(mixed, 0);
        return out;
    }

    /** {@code crypto_box_easy}. */
    static byte[] seal(byte[] message, byte[] nonce, byte[] theirPublic, byte[] ourPrivate) {
        byte[] key = boxKey(theirPublic, ourPrivate);
        try {
            return secretbox(message, nonce, key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** {@code crypto_box_open_easy}: the message, or empty if the box was not sealed with these keys or was altered. */
    static Optional<byte[]> open(byte[] box, byte[] nonce, byte[] theirPublic, byte[] ourPrivate) {
        byte[] key;
        try {
            key = boxKey(theirPublic, ourPrivate);
        } catch (IllegalArgumentException unusableKey) {
            return Optional.empty();
        }
        try {
            return secretboxOpen(box, nonce, key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** {@code crypto_secretbox_easy}: tag || XSalsa20 ciphertext, the Poly1305 key being the stream's first 32 bytes. */
    static byte[] secretbox(byte[] message, byte[] nonce, byte[] key) {
        XSalsa20Engine stream = stream(nonce, key);
        byte[] macKey = new byte[KEY_BYTES];
        stream.processBytes(macKey, 0, KEY_BYTES, macKey, 0);
        byte[] box = new byte[TAG_BYTES + message.length];
        stream.processBytes(message, 0, message.length, box, TAG_BYTES);
        tag(macKey, box, box);
        Arrays.fill(macKey, (byte) 0);
        return box;
    }

    /** {@code crypto_secretbox_open_easy}; the tag is checked in constant time before anything is decrypted. */
    static Optional<byte[]> secretboxOpen(byte[] box, byte[] nonce, byte[] key) {
        if (box.length < TAG_BYTES) {
            return Optional.empty();
        }
        XSalsa20Engine stream = stream(nonce, key);
        byte[] macKey = new byte[KEY_BYTES];
        stream.processBytes(macKey, 0, KEY_BYTES, macKey, 0);
        byte[] expected = box.clone();
        tag(macKey, expected, expected);
        Arrays.fill(macKey, (byte) 0);
        if (!org.bouncycastle.util.Arrays.constantTimeAreEqual(TAG_BYTES, expected, 0, box, 0)) {
            return Optional.empty();
        }
        byte[] message = new byte[box.length - TAG_BYTES];
        stream.processBytes(box, TAG_BYTES, message.length, message, 0);
        return Optional.of(message);
    }

    /** Writes the Poly1305 tag of {@code sealed}'s ciphertext (after the tag's place) into {@code into}'s first bytes. */
    private static void tag(byte[] macKey, byte[] sealed, byte[] into) {
        Poly1305 poly1305 = new Poly1305();
        poly1305.init(new KeyParameter(macKey));
        poly1305.update(sealed, TAG_BYTES, sealed.length - TAG_BYTES);
        poly1305.doFinal(into, 0);
    }

    private static XSalsa20Engine stream(byte[] nonce, byte[] key) {
        requireLength(nonce, NONCE_BYTES, "nonce");
        requireLength(key, KEY_BYTES, "key");
        XSalsa20Engine stream = new XSalsa20Engine();
        stream.init(true, new ParametersWithIV(new KeyParameter(key), nonce));
        return stream;
    }

    private static void requireLength(byte[] bytes, int length, String what) {
        if (bytes == null || bytes.length != length) {
            throw new IllegalArgumentException(what + " must be " + length + " bytes");
        }
    }
}
