package de.lotse.concerns;

/**
 * What intake keeps to recognise a concern again without storing secrets: the status link's salt and hash, and the
 * hash of the idempotency key with a fingerprint of the request that used it.
 */
record IntakeKeys(byte[] statusLinkSalt, byte[] statusLinkHash, byte[] idempotencyKeyHash, byte[] requestFingerprint) {
}
