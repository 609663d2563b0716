package de.lotse.concerns.web;

import java.util.Optional;

import de.lotse.concerns.CitizenView;
import de.lotse.concerns.FieldProblem;

/**
 * The status page: the concern as the citizen may see it, and the state of the message form below it.
 *
 * @param messageText what the citizen typed into the message form, kept when it could not be sent
 * @param resendNeeded set when the message could not be accepted for security reasons and must be sent again
 */
public record StatusPageView(CitizenView concern, String secret, boolean justSubmitted, boolean messageSent,
        String messageText, String messageKey, Optional<FieldProblem> messageProblem, boolean closed, boolean resendNeeded,
        String statusUrl) {

    public String messageAction() {
        return StatusPageController.statusPath(secret) + "/nachrichten";
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
