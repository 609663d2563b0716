package de.lotse.concerns.web;

import de.lotse.concerns.ConcernDraft;

/** The intake form's fields as posted; unchecked boxes arrive as null. */
public record IntakeForm(
        String kind,
        String legalTopic,
        String administrativeProblem,
        String description,
        String noticeDate,
        String customerNumber,
        String name,
        String postcode,
        Boolean withoutFixedAddress,
        String contactChannel,
        String email,
        String phone,
        String preferredLanguage,
        Boolean existential,
        String idempotencyKey) {

    ConcernDraft draft() {
        return new ConcernDraft(kind, legalTopic, administrativeProblem, description, noticeDate, customerNumber, name,
                postcode, Boolean.TRUE.equals(withoutFixedAddress), contactChannel, email, phone, preferredLanguage,
                Boolean.TRUE.equals(existential));
    }

    /** A copy with a fresh idempotency key, for a form that must be sent again as a new submission. */
    IntakeForm withIdempotencyKey(String key) {
        return new IntakeForm(kind, legalTopic, administrativeProblem, description, noticeDate, customerNumber, name,
                postcode, withoutFixedAddress, contactChannel, email, phone, preferredLanguage, existential, key);
    }

    /** The is-this-value-chosen test for radio buttons and selects. */
    public boolean chose(String field, Enum<?> value) {
        String chosen = switch (field) {
            case "kind" -> kind;
            case "legalTopic" -> legalTopic;
            case "administrativeProblem" -> administrativeProblem;
            case "contactChannel" -> contactChannel;
            default -> throw new IllegalArgumentException(field);
        };
        return value.name().equalsIgnoreCase(chosen);
    }

    public boolean existentialChecked() {
        return Boolean.TRUE.equals(existential);
    }

    public boolean withoutFixedAddressChecked() {
        return Boolean.TRUE.equals(withoutFixedAddress);
    }
}
