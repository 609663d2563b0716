package de.lotse.directline;

/** The referral form as typed, every field a string (or a box), so that nothing typed is lost on an error. */
public record ReferralDraft(String legalTopic, String administrativeProblem, String description, String outcomeSought,
        String clientName, String clientPostcode, String customerNumber, String bescheidDate, String bescheidKind,
        String bescheidDelivery, String instruction, Boolean existential, Boolean confidentialityReleased,
        String attorney, Boolean healthData) {

    public static ReferralDraft empty() {
        return new ReferralDraft(null, null, null, null, null, null, null, null, null, "POST", "UNKNOWN", false, false,
                null, false);
    }

    boolean isExistential() {
        return Boolean.TRUE.equals(existential);
    }

    boolean released() {
        return Boolean.TRUE.equals(confidentialityReleased);
    }

    boolean health() {
        return Boolean.TRUE.equals(healthData);
    }
}
