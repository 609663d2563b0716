package de.lotse.concerns;

/** How a concern ended, as the Bundesagentur counts complaints and objections. */
public enum Outcome {
    GRANTED, PARTLY_GRANTED, NOT_GRANTED, WITHDRAWN_OR_SETTLED, REFERRED_TO_FORMAL_REMEDY
}
