package de.lotse.directory;

/** Whether an entry is public. Partner editors' changes wait in review until a coordinator publishes them. */
public enum ServiceStatus {
    PUBLISHED, IN_REVIEW, DRAFT, WITHDRAWN
}
