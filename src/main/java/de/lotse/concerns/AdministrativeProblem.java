package de.lotse.concerns;

/**
 * What went wrong in how the Jobcenter acted, after the Hamburg welfare associations' "Monitor Verwaltungshandeln".
 * {@link #UNKNOWN} covers "weiß nicht" and concerns where nothing went wrong, such as a plain question.
 */
public enum AdministrativeProblem {
    REACHABILITY,
    HANDLING_OF_DOCUMENTS,
    PAYMENTS_AND_PROCESSING_TIME,
    DIGITAL_SERVICE,
    INTERPRETING_AND_LANGUAGE,
    RESPECT_AND_CONDUCT,
    UNKNOWN
}
