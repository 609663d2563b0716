package de.lotse.channels.threema;

import java.security.SecureRandom;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.lotse.channels.Bindings;
import de.lotse.channels.Channel;
import de.lotse.channels.ChannelGateway;
import de.lotse.channels.DeliveryFailed;
import de.lotse.channels.OutboundMessage;
import de.lotse.concerns.ConcernReplies.ReplyToDeliver;

/**
 * Replies by Threema (Gateway, end-to-end mode) to the Threema IDs connected to the concern: the text is sealed here
 * with the Jobcenter's private key and the citizen's public key, so Threema carries only ciphertext. The message id
 * {@code send_e2e} returns lets the citizen's delivery receipts report delivered and read.
 *
 * <p>Rate limits (429), missing credits (402) and server errors are tried again later; an unknown or refused ID (400,
 * 404), wrong credentials (401) and a message that is too long (413) fail for good, with the reason on the concern.
 */
@Component
class ThreemaGateway implements ChannelGateway {

    private final ThreemaAccount account;
    private final ThreemaApi api;
    private final ThreemaPublicKeys publicKeys;
    private final Bindings bindings;
    private final MessageSource texts;
    private final SecureRandom random = new SecureRandom();

    ThreemaGateway(ThreemaAccount account, ThreemaApi api, ThreemaPublicKeys publicKeys, Bindings bindings,
            MessageSource texts) {
        this.account = account;
        this.api = api;
        this.publicKeys = publicKeys;
        this.bindings = bindings;
        this.texts = texts;
    }

    @Override
    public boolean switchedOn() {
        return account.on();
    }

    @Override
    public Channel channel() {
        return Channel.THREEMA;
    }

    @Override
    public Optional<String> recipient(ReplyToDeliver reply) {
        return account.on() ? bindings.addressOf(reply.concern(), Channel.THREEMA) : Optional.empty();
    }

    @Override
    public Optional<String> send(OutboundMessage message) throws DeliveryFailed {
        if (!account.on()) {
            throw new DeliveryFailed("Threema is switched off", false, null);
        }
        String text = message.reply()
                .map(reply -> texts.getMessage("telegram.reply", new Object[] { message.reference().value(), reply.text() },
                        message.language().locale()))
                .orElseGet(() -> message.text().orElse(""));
        ThreemaApi.Answer answer;
        try {
            byte[] publicKey = publicKeys.of(message.recipient()).orElseThrow(() -> new DeliveryFailed(
                    "Threema ID " + message.recipient() + " does not exist (any more)", true, null));
            byte[] nonce = NaclBox.newNonce();
            byte[] box = NaclBox.seal(ThreemaContent.text(text, random), nonce, publicKey, account.privateKey());
            answer = api.sendE2e(message.recipient(), nonce, box);
        } catch (ThreemaApi.Unavailable unavailable) {
            throw new DeliveryFailed(unavailable.getMessage(), false, unavailable);
        }
        if (answer.status() == 200) {
            return Optional.of(answer.body()).filter(id -> !id.isEmpty());
        }
        throw failure(answer);
    }

    private static DeliveryFailed failure(ThreemaApi.Answer answer) {
        String meaning = switch (answer.status()) {
            case 400 -> "recipient ID invalid or not allowed for this gateway ID";
            case 401 -> "gateway ID or API secret wrong";
            case 402 -> "no credits left on the gateway ID";
            case 404 -> "recipient ID not found";
            case 413 -> "message too long";
            case 429 -> "rate limit reached";
            default -> answer.status() >= 500 ? "Threema server error" : "unexpected answer";
        };
        boolean temporary = answer.status() == 402 || answer.status() == 429 || answer.status() >= 500;
        return new DeliveryFailed("Threema " + answer.status() + ": " + meaning, !temporary, null);
    }
}
