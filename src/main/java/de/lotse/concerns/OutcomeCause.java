package de.lotse.concerns;

/** Why it came to the concern, for the insights: what the Jobcenter can fix. */
public enum OutcomeCause {
    DOCUMENTS_SUBMITTED_LATE, LAW_APPLIED_WRONGLY, COMMUNICATION, PROCESSING_DELAY, NONE
}
