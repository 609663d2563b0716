package de.lotse.channels;

/** Where a reply is on its way to the citizen. Channels that report receipts move it on to delivered and read. */
public enum DeliveryStatus {
    QUEUED, SENT, DELIVERED, READ, FAILED
}
