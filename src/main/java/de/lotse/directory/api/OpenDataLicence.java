package de.lotse.directory.api;

/**
 * The licence the directory's open data is published under: Datenlizenz Deutschland – Namensnennung – Version 2.0.
 * Reusers may copy, change and use the data, also commercially, if they name the source.
 */
public final class OpenDataLicence {

    public static final String ID = "dl-de/by-2-0";
    public static final String NAME = "Datenlizenz Deutschland – Namensnennung – Version 2.0";
    public static final String URL = "https://www.govdata.de/dl-de/by-2-0";
    /** The HTTP Link header every open-data response carries (RFC 8288, relation type "license"). */
    static final String LINK = "<" + URL + ">; rel=\"license\"; title=\"" + ID + "\"";

    private OpenDataLicence() {
    }
}
