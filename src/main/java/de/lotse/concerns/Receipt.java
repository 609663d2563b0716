package de.lotse.concerns;

/**
 * What the citizen gets back for a concern: its reference and the secret of its private status link.
 *
 * @param repeated true when the same submission had arrived before and no new concern was created
 */
public record Receipt(Reference reference, StatusLinkSecret secret, boolean repeated) {
}
