package de.lotse.concerns;

/** What a citizen wants: the start page offers the first four, praise is welcome too. */
public enum ConcernKind {
    QUESTION, COMPLAINT, BENEFIT_CONFLICT, CALLBACK_REQUEST, PRAISE
}
