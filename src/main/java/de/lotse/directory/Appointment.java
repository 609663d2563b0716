package de.lotse.directory;

/** Whether a service needs an appointment, takes walk-ins, or both. */
public enum Appointment {
    REQUIRED, WALK_IN, BOTH;

    public boolean walkIn() {
        return this != REQUIRED;
    }
}
