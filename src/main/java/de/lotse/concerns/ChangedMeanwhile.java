package de.lotse.concerns;

/** Someone else saved the concern after this person opened it: they should see what changed before acting. */
public class ChangedMeanwhile extends RuntimeException {

    public ChangedMeanwhile(Reference reference) {
        super("Concern " + reference + " was changed meanwhile");
    }
}
