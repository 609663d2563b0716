package de.lotse.concerns;

/**
 * The promises a Jobcenter makes about answering (DESIGN.md §4): acknowledge within 3 working days, answer within 14
 * calendar days (BA complaint standard), call back within 48 hours (two working days), and an existential concern the
 * same working day.
 */
public enum ServiceLevel {
    ACKNOWLEDGE, ANSWER, CALLBACK, SAME_DAY
}
