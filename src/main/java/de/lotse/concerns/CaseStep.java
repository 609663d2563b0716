package de.lotse.concerns;

/** The lifecycle steps staff take on a concern (DESIGN.md §4). */
public enum CaseStep {
    ACKNOWLEDGE, START_WORK, CALLED_BACK, WAIT_FOR_CITIZEN, WAIT_FOR_PARTNER, RESUME, RESOLVE, CLOSE, REOPEN
}
