package de.lotse.channels.threema;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A local stand-in for Threema's Gateway API (gateway.threema.ch/de/developer/api) and for the citizens' Threema apps
 * behind it. {@code POST /send_e2e} (form {@code from}, {@code to}, {@code nonce}, {@code box}, {@code secret})
 * answers the 16-hex-digit message id, or 400 (unknown recipient), 401 (wrong credentials) and whatever error a test
 * queued for a recipient; {@code GET /pubkeys/{id}} answers 64 hex digits or 404. Each citizen has a key pair of their
 * own, so the fake opens what Lotse sent as the citizen's app would, and seals and signs what the citizen writes as
 * Threema's callback would deliver it.
 */
@RestController
public class FakeThreemaGateway {

    /** A citizen's Threema app: the ID and the private key that only the app holds. */
    public record Citizen(String id, byte[] privateKey) {

        byte[] publicKey() {
            return NaclBox.publicKey(privateKey);
        }
    }

    /** A message the gateway ID sent, as the citizen's app opened it. */
    public record Sent(String to, String messageId, ThreemaContent content) {

        String text() {
            return content instanceof ThreemaContent.Text text ? text.text() : "(" + content + ")";
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final Map<String, Citizen> citizens = new ConcurrentHashMap<>();
    private final Map<String, Queue<Integer>> nextErrors = new ConcurrentHashMap<>();
    private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
    private final String gatewayId;
    private final String secret;
    /** Threema's directory knows the gateway ID's public key, as it knows every ID's. */
    private final byte[] gatewayPublicKey;

    FakeThreemaGateway(@Value("${lotse.channels.threema.gateway-id:*LOTSE01}") String gatewayId,
            @Value("${lotse.channels.threema.api-secret:}") String secret,
            @Value("${lotse.channels.threema.private-key:}") String gatewayPrivateKey) {
        this.gatewayId = gatewayId;
        this.secret = secret;
        this.gatewayPublicKey = gatewayPrivateKey.isBlank() ? new byte[NaclBox.KEY_BYTES]
                : NaclBox.publicKey(HexFormat.of().parseHex(gatewayPrivateKey));
    }

    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

    /**
     * The callback for a file the citizen sends: the app encrypts the file with a fresh key (nonce 0…01), uploads the
     * blob, and sends the blob id and key in a file message.
     */
    MultiValueMap<String, String> file(Citizen from, byte[] content, String name, String mimeType, String caption) {
        byte[] key = randomBytes(NaclBox.KEY_BYTES);
        byte[] nonce = new byte[NaclBox.NONCE_BYTES];
        nonce[NaclBox.NONCE_BYTES - 1] = 1;
        String blobId = HexFormat.of().formatHex(randomBytes(16));
        blobs.put(blobId, NaclBox.secretbox(content, nonce, key));
        String json = "{\"b\":\"" + blobId + "\",\"k\":\"" + HexFormat.of().formatHex(key) + "\",\"m\":\"" + mimeType
                + "\",\"n\":\"" + name + "\",\"s\":" + content.length + ",\"d\":\"" + caption + "\",\"j\":0}";
        return callback(from, ThreemaContent.FILE, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Blob download ({@code GET /blobs/{id}?from=&secret=}): the encrypted file, or 404 once it is gone. */
    @GetMapping("/api/fake-threema/blobs/{blobId}")
    ResponseEntity<byte[]> blob(@PathVariable String blobId, @RequestParam String from, @RequestParam String secret) {
        if (!this.secret.equals(secret) || !gatewayId.equals(from)) {
            return ResponseEntity.status(401).build();
        }
        byte[] blob = blobs.get(blobId);
        return blob == null ? ResponseEntity.status(404).build() : ResponseEntity.ok().body(blob);
    }

    /** A new citizen with Threema on their phone. */
    Citizen newCitizen() {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            id.append(ID_CHARACTERS.charAt(RANDOM.nextInt(ID_CHARACTERS.length())));
        }
        Citizen citizen = new Citizen(id.toString(), NaclBox.newPrivateKey());
        citizens.put(citizen.id(), citizen);
        return citizen;
    }

    /** The citizen sets Threema up anew on the same ID: a new key pair, published in the directory. */
    Citizen rekeyed(Citizen citizen) {
        Citizen anew = new Citizen(citizen.id(), NaclBox.newPrivateKey());
        citizens.put(anew.id(), anew);
        return anew;
    }

    /** The next {@code send_e2e} to this citizen is answered with this status. */
    void failNextSendTo(Citizen citizen, int status) {
        nextErrors.computeIfAbsent(citizen.id(), id -> new ConcurrentLinkedQueue<>()).add(status);
    }

    List<Sent> sentTo(Citizen citizen) {
        synchronized (sent) {
            return sent.stream().filter(message -> message.to().equals(citizen.id())).toList();
        }
    }

    /** The callback Threema makes when the citizen writes this text to the gateway ID. */
    MultiValueMap<String, String> text(Citizen from, String text) {
        return callback(from, ThreemaContent.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The callback for the citizen's app reporting on messages it got: 1 received, 2 read. */
    MultiValueMap<String, String> receipt(Citizen from, int status, String... messageIds) {
        StringBuilder body = new StringBuilder(String.format("%02x", status));
        for (String messageId : messageIds) {
            body.append(messageId);
        }
        return callback(from, ThreemaContent.DELIVERY_RECEIPT, HexFormat.of().parseHex(body));
    }

    /** A callback as Threema signs it: a fresh message id, the box sealed by the citizen's app, the mac. */
    MultiValueMap<String, String> callback(Citizen from, int type, byte[] body) {
        byte[] nonce = NaclBox.newNonce();
        byte[] box = NaclBox.seal(ThreemaContent.padded(type, body, RANDOM), nonce, gatewayPublicKey, from.privateKey());
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("from", from.id());
        form.add("to", gatewayId);
        form.add("messageId", HexFormat.of().formatHex(randomBytes(8)));
        form.add("date", String.valueOf(System.currentTimeMillis() / 1000));
        form.add("nonce", HexFormat.of().formatHex(nonce));
        form.add("box", HexFormat.of().formatHex(box));
        form.add("nickname", "Olena");
        form.add("mac", ThreemaCallback.mac(secret, String.join("", form.getFirst("from"), form.getFirst("to"),
                form.getFirst("messageId"), form.getFirst("date"), form.getFirst("nonce"), form.getFirst("box"))));
        return form;
    }

    @PostMapping(path = "/api/fake-threema/send_e2e", consumes = "application/x-www-form-urlencoded")
    ResponseEntity<String> sendE2e(@RequestParam MultiValueMap<String, String> form) {
        if (!gatewayId.equals(form.getFirst("from")) || !secret.equals(form.getFirst("secret"))) {
            return ResponseEntity.status(401).build();
        }
        Citizen to = citizens.get(String.valueOf(form.getFirst("to")));
        if (to == null) {
            return ResponseEntity.status(400).build();
        }
        Integer error = nextErrors.getOrDefault(to.id(), new ConcurrentLinkedQueue<>()).poll();
        if (error != null) {
            return ResponseEntity.status(error).build();
        }
        byte[] nonce = HexFormat.of().parseHex(form.getFirst("nonce"));
        byte[] box = HexFormat.of().parseHex(form.getFirst("box"));
        String messageId = HexFormat.of().formatHex(randomBytes(8));
        ThreemaContent content = NaclBox.open(box, nonce, gatewayPublicKey, to.privateKey()).map(ThreemaContent::read)
                .orElseGet(() -> new ThreemaContent.Malformed("does not open with the citizen's key"));
        sent.add(new Sent(to.id(), messageId, content));
        return ResponseEntity.ok().header("Content-Type", "text/plain").body(messageId);
    }

    @GetMapping("/api/fake-threema/pubkeys/{id}")
    ResponseEntity<String> publicKey(@PathVariable String id, @RequestParam String from, @RequestParam String secret) {
        if (!gatewayId.equals(from) || !this.secret.equals(secret)) {
            return ResponseEntity.status(401).build();
        }
        Citizen citizen = citizens.get(id);
        return citizen == null ? ResponseEntity.notFound().build()
                : ResponseEntity.ok().header("Content-Type", "text/plain").body(HexFormat.of().formatHex(citizen.publicKey()));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
