package de.lotse.insights;

/** What a measure changes at the Jobcenter. */
public enum ChangeKind {
    DECISION_TEMPLATE, DOCUMENT_INTAKE, REACHABILITY, DIGITAL_SERVICE, STAFF_GUIDANCE, INTERPRETING, OTHER
}
