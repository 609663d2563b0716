package de.lotse.channels;

/** The channels Lotse carries messages on, besides the web. Which are on is configuration. */
public enum Channel {
    EMAIL, TELEGRAM, WHATSAPP, SMS, MATRIX, THREEMA
}
