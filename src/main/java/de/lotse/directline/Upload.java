package de.lotse.directline;

/** A file as it came from a form, before it is checked. */
public record Upload(String filename, byte[] content) {
}
