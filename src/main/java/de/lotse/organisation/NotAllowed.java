package de.lotse.organisation;

/** The person's role does not allow this; checked in the service layer, whatever the web layer let through. */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String what) {
        super("Not allowed: " + what);
    }
}
