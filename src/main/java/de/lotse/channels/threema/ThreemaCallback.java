package de.lotse.channels.threema;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lotse.channels.Attachments;
import de.lotse.channels.Channel;
import de.lotse.channels.FileDownload;
import de.lotse.channels.Deliveries;
import de.lotse.channels.DeliveryStatus;
import de.lotse.channels.MessengerIntake;

/**
 * Threema's callback for the gateway ID ({@code POST /api/channels/threema}, form fields {@code from}, {@code to},
 * {@code messageId}, {@code date}, {@code nonce}, {@code box}, {@code mac}, optional {@code nickname}). The
 * {@code mac} (HMAC-SHA256 under the API secret of the fields from {@code from} to {@code box}, joined) proves the
 * call comes from Threema; without it the call is refused. The box is opened with the Jobcenter's private key and the
 * sender's public key: text is taken in like every messenger's (once, by the sender's message id), delivery receipts
 * move our deliveries to delivered and read, anything else is recorded as unreadable.
 */
@RestController
class ThreemaCallback {

    private static final Logger log = LoggerFactory.getLogger(ThreemaCallback.class);
    /** The fields the mac covers, in this order. */
    static final List<String> SIGNED_FIELDS = List.of("from", "to", "messageId", "date", "nonce", "box");

    private final ThreemaAccount account;
    private final ThreemaApi api;
    private final Attachments attachments;
    private final ThreemaPublicKeys publicKeys;
    private final MessengerIntake messengers;
    private final Deliveries deliveries;
    private final Clock clock;

    ThreemaCallback(ThreemaAccount account, ThreemaPublicKeys publicKeys, MessengerIntake messengers,
            Deliveries deliveries, Clock clock, ThreemaApi api, Attachments attachments) {
        this.api = api;
        this.attachments = attachments;
        this.account = account;
        this.publicKeys = publicKeys;
        this.messengers = messengers;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @PostMapping(path = "/api/channels/threema", consumes = "application/x-www-form-urlencoded")
    ResponseEntity<Void> incoming(@RequestParam MultiValueMap<String, String> form) {
        if (!account.on()) {
            return ResponseEntity.notFound().build();
        }
        if (!signed(account.secret(), form)) {
            return ResponseEntity.status(401).build();
        }
        String from = form.getFirst("from");
        String messageId = form.getFirst("messageId");
        byte[] nonce;
        byte[] box;
        try {
            nonce = HexFormat.of().parseHex(form.getFirst("nonce"));
            box = HexFormat.of().parseHex(form.getFirst("box"));
        } catch (IllegalArgumentException notHex) {
            return ResponseEntity.badRequest().build();
        }
        if (!from.matches("[0-9A-Z*]{8}") || !account.gatewayId().equals(form.getFirst("to"))
                || nonce.length != NaclBox.NONCE_BYTES || messageId.isBlank()) {
            return ResponseEntity.badRequest().build();
        }
        Optional<byte[]> plaintext;
        try {
            plaintext = opened(from, nonce, box);
        } catch (ThreemaApi.Unavailable unavailable) {
            // Threema calls again later; by then the directory may answer.
            log.warn("Threema message {} not opened yet: {}", messageId, unavailable.getMessage());
            return ResponseEntity.status(503).build();
        }
        ThreemaContent content = plaintext.map(ThreemaContent::read)
                .orElseGet(() -> new ThreemaContent.Malformed("box does not open with the sender's key"));
        byte[] original = original(form);
        Optional<String> nickname = Optional.ofNullable(form.getFirst("nickname"));
        if (content instanceof ThreemaContent.Text text) {
            messengers.take(new MessengerIntake.ChatMessage(Channel.THREEMA, messageId, from, text.text(), nickname,
                    Optional.empty(), original));
        } else if (content instanceof ThreemaContent.File file) {
            if (messengers.seen(Channel.THREEMA, messageId)) {
                return ResponseEntity.ok().build();
            }
            List<Attachments.Incoming> files;
            try {
                files = fetched(file).map(List::of).orElse(List.of());
            } catch (ThreemaApi.Unavailable unavailable) {
                log.warn("Threema file {} not fetched yet: {}", messageId, unavailable.getMessage());
                return ResponseEntity.status(503).build(); // Threema calls again later
            }
            messengers.take(new MessengerIntake.ChatMessage(Channel.THREEMA, messageId, from, file.caption().orElse(""),
                    nickname, Optional.empty(), original, files));
        } else if (content instanceof ThreemaContent.DeliveryReceipt receipt) {
            reported(receipt);
        } else if (content instanceof ThreemaContent.Other other && other.type() == ThreemaContent.TYPING_INDICATOR) {
            log.debug("Threema typing indicator {}: nothing to keep", messageId);
        } else {
            if (content instanceof ThreemaContent.Malformed malformed) {
                log.warn("Threema message {} unreadable: {}", messageId, malformed.problem());
            }
            unreadable(messageId, from, nickname, original);
        }
        return ResponseEntity.ok().build();
    }

    /**
     * The file of a file message: its blob fetched and opened with the key the message carried (nonce 0…01, as
     * Threema's clients seal files). Too big: listed, not fetched. Gone or not opening: nothing kept.
     */
    private Optional<Attachments.Incoming> fetched(ThreemaContent.File file) throws ThreemaApi.Unavailable {
        if (file.size() > attachments.maxSize()) {
            return Optional.of(FileDownload.tooBig(file.name(), file.mimeType(), file.size()));
        }
        byte[] nonce = new byte[NaclBox.NONCE_BYTES];
        nonce[NaclBox.NONCE_BYTES - 1] = 1;
        return api.blob(file.blobId(), attachments.maxSize())
                .flatMap(blob -> NaclBox.secretboxOpen(blob, nonce, file.key()))
                .map(content -> new Attachments.Incoming(file.name(), file.mimeType(), content, content.length));
    }

    /** The box opened; with the kept key first, then (the citizen may have set up Threema anew) with a fresh one. */
    private Optional<byte[]> opened(String from, byte[] nonce, byte[] box) throws ThreemaApi.Unavailable {
        Optional<byte[]> kept = publicKeys.of(from);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> opened = NaclBox.open(box, nonce, kept.get(), account.privateKey());
        if (opened.isPresent()) {
            return opened;
        }
        Optional<byte[]> fresh = publicKeys.fetched(from);
        return fresh.isPresent() && !MessageDigest.isEqual(fresh.get(), kept.get())
                ? NaclBox.open(box, nonce, fresh.get(), account.privateKey())
                : Optional.empty();
    }

    /** An image, a file, a poll…: kept as it came, shown to staff as a message Lotse could not read. */
    private void unreadable(String messageId, String from, Optional<String> nickname, byte[] original) {
        messengers.take(new MessengerIntake.ChatMessage(Channel.THREEMA, messageId, from, "", nickname, Optional.empty(),
                original));
    }

    private void reported(ThreemaContent.DeliveryReceipt receipt) {
        DeliveryStatus status;
        if (receipt.status() == ThreemaContent.DeliveryReceipt.RECEIVED) {
            status = DeliveryStatus.DELIVERED;
        } else if (receipt.status() == ThreemaContent.DeliveryReceipt.READ) {
            status = DeliveryStatus.READ;
        } else {
            return; // the citizen's thumbs up or down on a message: no step in its delivery
        }
        for (String messageId : receipt.messageIds()) {
            deliveries.reported(Channel.THREEMA, messageId, status, Optional.empty(), clock.instant());
        }
    }

    /** Whether {@code mac} is the HMAC-SHA256 of the signed fields under the secret; compared in constant time. */
    static boolean signed(String secret, MultiValueMap<String, String> form) {
        String mac = form.getFirst("mac");
        if (mac == null || secret.isBlank() || SIGNED_FIELDS.stream().anyMatch(field -> form.getFirst(field) == null)) {
            return false;
        }
        String signed = SIGNED_FIELDS.stream().map(form::getFirst).collect(Collectors.joining());
        return MessageDigest.isEqual(mac(secret, signed).getBytes(StandardCharsets.US_ASCII),
                mac.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    static String mac(String secret, String signed) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(hmac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The call as Threema made it, without the mac: the box stays sealed in what is kept. */
    private static byte[] original(MultiValueMap<String, String> form) {
        return form.entrySet().stream().filter(field -> !field.getKey().equals("mac"))
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue().get(0), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.US_ASCII);
    }
}
