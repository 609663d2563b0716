package de.lotse.directory;

/** How a citizen wants to come: without an appointment, or with one. */
public enum Visit {
    WALK_IN, APPOINTMENT;

    boolean offeredBy(Appointment appointment) {
        return this == WALK_IN ? appointment.walkIn() : appointment != Appointment.WALK_IN;
    }
}
