package de.lotse.directline;

/** Why the conflict arose, for the insights that are meant to remove its causes. */
public enum RootCause {
    DOCUMENTS_LOST, LAW_APPLIED_WRONGLY, COMMUNICATION, PROCESSING_DELAY, CITIZEN_INFORMATION_MISSING, OTHER
}
