package de.lotse.directory.web;

import de.lotse.directory.api.OpenDataLicence;

/**
 * The public page that explains the directory's open data to people who reuse it: where the API, its OpenAPI
 * document and the files are (as absolute links, to copy into programs), under which licence, and whom to name.
 */
public record OpenDataPage(String api, String openApi, String csv, String json, String publisher, String attribution) {

    static final String API = "/api/hsds";
    static final String OPEN_API = "/v3/api-docs";
    static final String CSV = API + "/export/services.csv";
    static final String JSON = API + "/export/hsds.json";

    public String licenceId() {
        return OpenDataLicence.ID;
    }

    public String licenceName() {
        return OpenDataLicence.NAME;
    }

    public String licenceUrl() {
        return OpenDataLicence.URL;
    }
}
