package de.lotse.concerns;

/** How the citizen wants to hear back; NONE keeps them anonymous, with the status link as the only way back. */
public enum ContactChannel {
    EMAIL, PHONE, NONE
}
