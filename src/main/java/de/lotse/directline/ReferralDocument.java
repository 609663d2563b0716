package de.lotse.directline;

import java.util.UUID;

/** A file on a referral, without its content: for the page's list and the download link. */
public record ReferralDocument(UUID id, int position, Purpose purpose, String filename, String contentType, long size) {

    public enum Purpose {
        /** The client's signed consent form, the other way to consent. */
        CONSENT_FORM,
        /** A Bescheid, a receipt, a letter: what the case rests on. */
        EVIDENCE
    }
}
