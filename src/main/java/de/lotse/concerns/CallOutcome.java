package de.lotse.concerns;

/** How a call to the citizen went. */
public enum CallOutcome {
    REACHED, NOT_REACHED, VOICEMAIL
}
