package de.lotse.concerns;

/**
 * A concern as the citizen typed it, every field a raw string, so that a form with mistakes can be shown again with
 * nothing lost. {@link IntakeValidation} turns it into a {@link NewConcern} or says what to fix.
 */
public record ConcernDraft(
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
        String callbackSlot) {

    /** A draft without a chosen callback time (as the JSON API and most channels send it). */
    public ConcernDraft(String kind, String legalTopic, String administrativeProblem, String description,
            String noticeDate, String customerNumber, String name, String postcode, Boolean withoutFixedAddress,
            String contactChannel, String email, String phone, String preferredLanguage, Boolean existential) {
        this(kind, legalTopic, administrativeProblem, description, noticeDate, customerNumber, name, postcode,
                withoutFixedAddress, contactChannel, email, phone, preferredLanguage, existential, null);
    }

    /** Unticked boxes arrive as nothing at all, from a form as from JSON. */
    public boolean hasNoFixedAddress() {
        return Boolean.TRUE.equals(withoutFixedAddress);
    }

    public boolean isExistential() {
        return Boolean.TRUE.equals(existential);
    }

    public static ConcernDraft empty() {
        return new ConcernDraft(null, null, null, null, null, null, null, null, false, null, null, null, null, false);
    }
}
