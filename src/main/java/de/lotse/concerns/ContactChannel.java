package de.lotse.concerns;

/**
 * How the citizen wants to hear back; NONE keeps them anonymous, with the status link as the only way back. SMS tells
 * them of each reply on their mobile, with the status link.
 */
public enum ContactChannel {
    EMAIL, PHONE, SMS, NONE
}
