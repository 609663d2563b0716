package de.lotse.concerns;

/**
 * The legal subject of a concern, after the Bundesagentur's Rechtsgebiete so that insights compare with its
 * statistics. Citizens may answer "weiß nicht": staff classify it later.
 */
public enum LegalTopic {
    ELIGIBILITY,
    STANDARD_AND_ADDITIONAL_NEEDS,
    HOUSING_AND_HEATING,
    INCOME_AND_ASSETS,
    CANCELLATION_AND_REFUND,
    BENEFIT_REDUCTION,
    INTEGRATION_INTO_WORK,
    EDUCATION_AND_PARTICIPATION,
    ONE_OFF_NEEDS_AND_LOANS,
    OTHER,
    UNKNOWN
}
