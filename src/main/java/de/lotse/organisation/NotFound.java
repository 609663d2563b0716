package de.lotse.organisation;

/**
 * Something the person may not see (another Jobcenter's centre, another centre's counsellor) is answered as if it did
 * not exist, so that nobody learns what is there by guessing addresses.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super("Not found: " + what);
    }
}
