package de.lotse.directory;

/** Hamburg's seven districts (Bezirke). */
public enum District {
    HAMBURG_MITTE, ALTONA, EIMSBUETTEL, HAMBURG_NORD, WANDSBEK, BERGEDORF, HARBURG
}
