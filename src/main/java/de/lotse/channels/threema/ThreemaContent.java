package de.lotse.channels.threema;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What is inside a Threema box (gateway.threema.ch/de/developer/e2e): one type byte, the body, then 1–255 bytes of
 * padding that each hold the padding's length (PKCS#7 style), so that the length of a box tells little about the
 * text. Lotse sends text and reads text and delivery receipts; every other kind is only recognised as such.
 */
sealed interface ThreemaContent {

    int TEXT = 0x01;
    int DELIVERY_RECEIPT = 0x80;
    int TYPING_INDICATOR = 0x90;
    /** Threema's limit for the UTF-8 bytes of a text message. */
    int MAX_TEXT_BYTES = 3500;
    /** Short messages are padded to at least this, as Threema's clients do. */
    int MIN_PADDED_BYTES = 32;

    /** A text message. */
    record Text(String text) implements ThreemaContent {
    }

    /**
     * The citizen's app reports on messages we sent: received (1), read (2), or the citizen's thumbs up (3) or down
     * (4) on them.
     *
     * @param messageIds the ids {@code send_e2e} answered with, as 16 hex digits
     */
    record DeliveryReceipt(int status, List<String> messageIds) implements ThreemaContent {

        static final int RECEIVED = 1;
        static final int READ = 2;
    }

    int FILE = 0x17;

    /**
     * A file message: the file lies encrypted on Threema's blob server, under a key only the message carries
     * (gateway.threema.ch, "File message"). JSON fields b (blob id), k (key), m (MIME type), n (name), s (size),
     * d (caption).
     */
    record File(String blobId, byte[] key, Optional<String> mimeType, String name, long size, Optional<String> caption)
            implements ThreemaContent {
    }

    /** Anything else (image, file, location, poll, group message, typing indicator), by its type byte. */
    record Other(int type) implements ThreemaContent {
    }

    /** Not a Threema message at all: no type byte, or padding that does not fit. */
    record Malformed(String problem) implements ThreemaContent {
    }

    /** A text message, cut to Threema's limit, typed and padded for sealing. */
    static byte[] text(String text, RandomGenerator random) {
        return padded(TEXT, fitted(text).getBytes(StandardCharsets.UTF_8), random);
    }

    static byte[] padded(int type, byte[] body, RandomGenerator random) {
        int unpadded = 1 + body.length;
        int padding = Math.max(1 + random.nextInt(255), MIN_PADDED_BYTES - unpadded);
        byte[] plaintext = new byte[unpadded + padding];
        plaintext[0] = (byte) type;
        System.arraycopy(body, 0, plaintext, 1, body.length);
        java.util.Arrays.fill(plaintext, unpadded, plaintext.length, (byte) padding);
        return plaintext;
    }

    static ThreemaContent read(byte[] plaintext) {
        if (plaintext.length < 2) {
            return new Malformed("shorter than type and padding");
        }
        int padding = plaintext[plaintext.length - 1] & 0xff;
        int length = plaintext.length - padding;
        if (padding == 0 || length < 1) {
            return new Malformed("padding of " + padding + " in " + plaintext.length + " bytes");
        }
        int type = plaintext[0] & 0xff;
        return switch (type) {
            case TEXT -> text(plaintext, length);
            case DELIVERY_RECEIPT -> receipt(plaintext, length);
            case FILE -> file(plaintext, length);
            default -> new Other(type);
        };
    }

    private static ThreemaContent file(byte[] plaintext, int length) {
        try {
            tools.jackson.databind.JsonNode json = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(new String(plaintext, 1, length - 1, StandardCharsets.UTF_8));
            String blob = json.path("b").asString("");
            String key = json.path("k").asString("");
            if (!blob.matches("[0-9a-fA-F]{32}") || !key.matches("[0-9a-fA-F]{64}")) {
                return new Malformed("file message without blob id or key");
            }
            return new File(blob.toLowerCase(java.util.Locale.ROOT), java.util.HexFormat.of().parseHex(key),
                    Optional.ofNullable(json.path("m").asString(null)), json.path("n").asString("datei"),
                    json.path("s").asLong(0), Optional.ofNullable(json.path("d").asString(null)).filter(d -> !d.isBlank()));
        } catch (tools.jackson.core.JacksonException notJson) {
            return new Malformed("file message is not JSON");
        }
    }

    private static ThreemaContent text(byte[] plaintext, int length) {
        try {
            return new Text(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(plaintext, 1, length - 1)).toString());
        } catch (CharacterCodingException notUtf8) {
            return new Malformed("text is not UTF-8");
        }
    }

    private static ThreemaContent receipt(byte[] plaintext, int length) {
        int ids = length - 2;
        if (ids < 8 || ids % 8 != 0) {
            return new Malformed("delivery receipt of " + length + " bytes");
        }
        List<String> messageIds = new ArrayList<>();
        for (int offset = 2; offset < length; offset += 8) {
            messageIds.add(HexFormat.of().formatHex(plaintext, offset, offset + 8));
        }
        return new DeliveryReceipt(plaintext[1] & 0xff, List.copyOf(messageIds));
    }

    /** The text cut (at a whole character, with an ellipsis) so that its UTF-8 bytes fit Threema's limit. */
    static String fitted(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_TEXT_BYTES) {
            return text;
        }
        String ellipsis = "…";
        int budget = MAX_TEXT_BYTES - ellipsis.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int codePoint : text.codePoints().toArray()) {
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budget) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += size;
        }
        return kept + ellipsis;
    }
}
