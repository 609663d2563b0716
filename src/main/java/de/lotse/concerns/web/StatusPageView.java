package de.lotse.concerns.web;

import java.util.Optional;

import de.lotse.concerns.CitizenView;
import de.lotse.concerns.FieldProblem;

/**
 * The status page: the concern as the citizen may see it, and the state of the message form below it.
 *
 * @param messageText what the citizen typed into the message form, kept when it could not be sent
 * @param resendReason message key of why the message must simply be sent again (failed security check), or null
 */
public record StatusPageView(CitizenView concern, String secret, boolean justSubmitted, boolean messageSent,
        String messageText, String messageKey, Optional<FieldProblem> messageProblem, boolean closed, String resendReason,
        String statusUrl, Optional<String> telegramBot, Optional<String> whatsAppNumber, Optional<String> matrixUser,
        Optional<String> threemaId) {

    /**
     * The link that opens Threema with the start text to the Jobcenter's Threema ID (threema.id's deep link), when
     * offered; the ID and the text are shown too, for typing them in by hand.
     */
    public Optional<String> threemaLink() {
        return threemaId.filter(id -> concern.acceptsMessages())
                .map(id -> "https://threema.id/" + id + "?text=START%20" + concern.replyToken());
    }

    public String threemaStart() {
        return "START " + concern.replyToken();
    }

    /** The Matrix account to write "START token" to, and the link that opens a chat with it, when offered. */
    public Optional<String> matrixLink() {
        return matrixUser.filter(user -> concern.acceptsMessages()).map(user -> "https://matrix.to/#/" + user);
    }

    public String matrixStart() {
        return "START " + concern.replyToken();
    }

    /** The link that opens WhatsApp with the start text that connects the chat to this concern, when offered. */
    public Optional<String> whatsAppLink() {
        return whatsAppNumber.filter(number -> concern.acceptsMessages())
                .map(number -> "https://wa.me/" + number + "?text=START%20" + concern.replyToken());
    }

    /**
     * The link that connects a Telegram chat to this concern (the bot's deep link with the concern's reply token), when
     * the Jobcenter offers Telegram.
     */
    public Optional<String> telegramLink() {
        return telegramBot.filter(bot -> concern.acceptsMessages())
                .map(bot -> "https://t.me/" + bot + "?start=" + concern.replyToken());
    }

    public String messageAction() {
        return StatusPageController.statusPath(secret) + "/nachrichten";
    }

    /** The download of everything kept about the concern (Art. 15 GDPR). */
    public String exportPath() {
        return StatusPageController.statusPath(secret) + "/meine-daten";
    }

    public String statusPath() {
        return StatusPageController.statusPath(secret);
    }

    /** Never prints the secret, whoever logs a model. */
    @Override
    public String toString() {
        return "StatusPageView[" + concern.reference() + "]";
    }
}
