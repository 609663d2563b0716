package de.lotse.channels.threema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * NaCl's box as Threema uses it, checked against published interop vectors, and the content inside a box.
 *
 * <p>The vectors are NaCl's own test data as libsodium carries it (github.com/jedisct1/libsodium, test/default):
 * {@code box.c}/{@code box.exp} (alicesk, bobpk, nonce, 131-byte message, ciphertext), {@code box2.c} (bobsk, alicepk,
 * the same ciphertext opened), {@code secretbox.c} and {@code secretbox_easy.c}/{@code secretbox_easy.exp} (firstkey,
 * the same ciphertext), {@code scalarmult.c}/{@code scalarmult.exp} (alicesk to alicepk), {@code core1.c} (the shared
 * secret HSalsa20 turns into firstkey); the X25519 key pairs and shared secret are also RFC 7748, section 6.1. The
 * callback mac vector is from github.com/dbrgn/threema-gateway-rs, src/receive.rs.
 */
class ThreemaCryptoUnitTest {

    private static final byte[] ALICE_SK = hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    private static final byte[] ALICE_PK = hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
    private static final byte[] BOB_SK = hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
    private static final byte[] BOB_PK = hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
    private static final byte[] SHARED = hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
    private static final byte[] FIRST_KEY = hex("1b27556473e985d462cd51197a9a46c76009549eac6474f206c4ee0844f68389");
    private static final byte[] SMALL_ORDER_POINT = hex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800");
    private static final byte[] NONCE = hex("69696ee955b62b73cd62bda875fc73d68219e0036b7a0b37");
    private static final byte[] MESSAGE = hex("""
            be075fc53c81f2d5cf141316ebeb0c7b5228c52a4c62cbd44b66849b64244ffce5ecbaaf33bd751a1ac728d45e6c61296cdc3c01233561f4\
            1db66cce314adb310e3be8250c46f06dceea3a7fa1348057e2f6556ad6b1318a024a838f21af1fde048977eb48f59ffd4924ca1c60902e52\
            f0a089bc76897040e082f937763848645e0705""");
    /** Poly1305 tag (16 bytes) followed by the ciphertext (131 bytes), as {@code crypto_box_easy} writes it. */
    private static final byte[] BOX = hex("""
            f3ffc7703f9400e52a7dfb4b3d3305d98e993b9f48681273c29650ba32fc76ce48332ea7164d96a4476fb8c531a1186ac0dfc17c98dce87b\
            4da7f011ec48c97271d2c20f9b928fe2270d6fb863d51738b48eeee314a7cc8ab932164548e526ae90224368517acfeabd6bb3732bc0e9da\
            99832b61ca01b6de56244a9e88d5f9b37973f622a43d14a6599b1f654cb45a74e355a5""");

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s", ""));
    }

    @Test
    void the_public_keys_follow_from_the_private_keys() {
        assertThat(NaclBox.publicKey(ALICE_SK)).isEqualTo(ALICE_PK);
        assertThat(NaclBox.publicKey(BOB_SK)).isEqualTo(BOB_PK);
    }

    @Test
    void both_sides_reach_the_same_shared_secret() {
        assertThat(NaclBox.sharedSecret(ALICE_SK, BOB_PK)).isEqualTo(SHARED);
        assertThat(NaclBox.sharedSecret(BOB_SK, ALICE_PK)).isEqualTo(SHARED);
    }

    @Test
    void hsalsa20_turns_the_shared_secret_into_the_box_key() {
        assertThat(NaclBox.hsalsa20(SHARED, new byte[16])).isEqualTo(FIRST_KEY);
        assertThat(NaclBox.boxKey(BOB_PK, ALICE_SK)).isEqualTo(FIRST_KEY);
        assertThat(NaclBox.boxKey(ALICE_PK, BOB_SK)).isEqualTo(FIRST_KEY);
    }

    @Test
    void secretbox_seals_the_vector_message_to_the_vector_box() {
        assertThat(NaclBox.secretbox(MESSAGE, NONCE, FIRST_KEY)).isEqualTo(BOX);
        assertThat(NaclBox.secretboxOpen(BOX, NONCE, FIRST_KEY)).hasValueSatisfying(opened ->
                assertThat(opened).isEqualTo(MESSAGE));
    }

    @Test
    void alice_seals_the_vector_box_for_bob_and_bob_opens_it() {
        assertThat(NaclBox.seal(MESSAGE, NONCE, BOB_PK, ALICE_SK)).isEqualTo(BOX);
        assertThat(NaclBox.open(BOX, NONCE, ALICE_PK, BOB_SK)).hasValueSatisfying(opened ->
                assertThat(opened).isEqualTo(MESSAGE));
    }

    @Test
    void a_public_key_of_small_order_is_refused() {
        assertThatThrownBy(() -> NaclBox.seal(MESSAGE, NONCE, SMALL_ORDER_POINT, ALICE_SK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(NaclBox.open(BOX, NONCE, SMALL_ORDER_POINT, BOB_SK)).isEmpty();
    }

    @Test
    void what_is_sealed_with_fresh_keys_opens_again() {
        byte[] citizen = NaclBox.newPrivateKey();
        byte[] jobcenter = NaclBox.newPrivateKey();
        byte[] nonce = NaclBox.newNonce();
        byte[] message = "Grüß Gott, ich habe eine Frage zu meinem Bescheid.".getBytes(StandardCharsets.UTF_8);

        byte[] box = NaclBox.seal(message, nonce, NaclBox.publicKey(jobcenter), citizen);

        assertThat(box).hasSize(message.length + NaclBox.TAG_BYTES);
        assertThat(NaclBox.open(box, nonce, NaclBox.publicKey(citizen), jobcenter)).hasValueSatisfying(opened ->
                assertThat(opened).isEqualTo(message));
    }

    @Test
    void an_altered_box_does_not_open() {
        for (int position : new int[] { 0, 15, 16, BOX.length - 1 }) {
            byte[] altered = BOX.clone();
            altered[position] ^= 0x01;
            assertThat(NaclBox.open(altered, NONCE, ALICE_PK, BOB_SK)).as("bit flipped at %d", position).isEmpty();
        }
        assertThat(NaclBox.open(java.util.Arrays.copyOf(BOX, BOX.length - 1), NONCE, ALICE_PK, BOB_SK)).isEmpty();
        assertThat(NaclBox.open(new byte[5], NONCE, ALICE_PK, BOB_SK)).isEmpty();
        byte[] otherNonce = NONCE.clone();
        otherNonce[23] ^= 0x01;
        assertThat(NaclBox.open(BOX, otherNonce, ALICE_PK, BOB_SK)).isEmpty();
    }

    @Test
    void a_box_does_not_open_with_the_wrong_key() {
        byte[] stranger = NaclBox.newPrivateKey();
        assertThat(NaclBox.open(BOX, NONCE, NaclBox.publicKey(stranger), BOB_SK)).isEmpty();
        assertThat(NaclBox.open(BOX, NONCE, ALICE_PK, stranger)).isEmpty();
    }

    @Test
    void a_text_is_typed_and_padded_to_at_least_32_bytes_and_reads_back() {
        Random random = new Random(7);
        for (String text : List.of("Hallo", "Ä", "Meine Miete wurde nicht überwiesen. Was kann ich tun? ".repeat(5))) {
            byte[] plaintext = ThreemaContent.text(text, random);
            assertThat(plaintext[0]).isEqualTo((byte) ThreemaContent.TEXT);
            assertThat(plaintext.length).isGreaterThanOrEqualTo(ThreemaContent.MIN_PADDED_BYTES);
            int padding = plaintext[plaintext.length - 1] & 0xff;
            assertThat(padding).isBetween(1, 255);
            for (int i = plaintext.length - padding; i < plaintext.length; i++) {
                assertThat(plaintext[i] & 0xff).isEqualTo(padding);
            }
            assertThat(ThreemaContent.read(plaintext)).isEqualTo(new ThreemaContent.Text(text));
        }
    }

    @Test
    void a_text_longer_than_threemas_limit_is_cut_at_a_whole_character() {
        String text = "ä".repeat(2000);
        String fitted = ThreemaContent.fitted(text);
        assertThat(fitted.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ThreemaContent.MAX_TEXT_BYTES);
        assertThat(fitted).endsWith("…").startsWith("ää");
    }

    @Test
    void a_delivery_receipt_names_the_message_ids_send_e2e_returned() {
        byte[] body = hex("02" + "0123456789abcdef" + "fedcba9876543210");
        byte[] plaintext = ThreemaContent.padded(ThreemaContent.DELIVERY_RECEIPT, body, new Random(1));

        assertThat(ThreemaContent.read(plaintext)).isEqualTo(new ThreemaContent.DeliveryReceipt(2,
                List.of("0123456789abcdef", "fedcba9876543210")));
    }

    @Test
    void other_kinds_and_broken_padding_are_recognised_as_such() {
        assertThat(ThreemaContent.read(ThreemaContent.padded(0x02, new byte[56], new Random(2))))
                .isEqualTo(new ThreemaContent.Other(0x02));
        assertThat(ThreemaContent.read(ThreemaContent.padded(0x17, "{}".getBytes(StandardCharsets.UTF_8), new Random(2))))
                .as("a file message without blob id and key").isInstanceOf(ThreemaContent.Malformed.class);
        assertThat(ThreemaContent.read(new byte[] { 0x01, 'a', 0 })).isInstanceOf(ThreemaContent.Malformed.class);
        assertThat(ThreemaContent.read(new byte[] { 0x01, 'a', 9 })).isInstanceOf(ThreemaContent.Malformed.class);
        assertThat(ThreemaContent.read(new byte[] { 0x01 })).isInstanceOf(ThreemaContent.Malformed.class);
        assertThat(ThreemaContent.read(ThreemaContent.padded(ThreemaContent.DELIVERY_RECEIPT, new byte[] { 1, 2, 3 },
                new Random(3)))).isInstanceOf(ThreemaContent.Malformed.class);
    }

    @Test
    void the_callback_mac_covers_the_fields_from_sender_to_box_under_the_api_secret() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("from", "ECHOECHO");
        form.add("to", "*TESTTST");
        form.add("messageId", "0102030405060708");
        form.add("date", "1616950936");
        form.add("nonce", "ffffffffffffffffffffffffffffffffffffffffffffffff");
        form.add("box", "012345abcdef");
        form.add("mac", "622b362e8353658ee649a5548acecc9ce9b88384d6b7e08e212446d68455b14e");

        assertThat(ThreemaCallback.signed("nevergonnagiveyouup", form)).isTrue();
        assertThat(ThreemaCallback.signed("nevergonnaletyoudown", form)).isFalse();
        form.set("date", "1616950937");
        assertThat(ThreemaCallback.signed("nevergonnagiveyouup", form)).isFalse();
        form.remove("mac");
        assertThat(ThreemaCallback.signed("nevergonnagiveyouup", form)).isFalse();
    }
}
