package de.lotse.directory;

/** What a location offers people with disabilities (HSDS accessibility, as features to filter by). */
public enum Accessibility {
    STEP_FREE, ACCESSIBLE_TOILET, HEARING_LOOP, SIGN_LANGUAGE, EASY_LANGUAGE, LIFT, PARKING_DISABLED
}
