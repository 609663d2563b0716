package de.lotse.concerns;

/** No concern has this status link. Deliberately says nothing more, so a guess learns nothing. */
public class StatusLinkNotFound extends RuntimeException {

    public StatusLinkNotFound() {
        super("No concern has this status link");
    }
}
