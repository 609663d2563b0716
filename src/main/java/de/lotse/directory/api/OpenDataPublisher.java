package de.lotse.directory.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Who publishes the open data, as reusers must name them (lotse.open-data.publisher, lotse.open-data.website). */
@Component
public class OpenDataPublisher {

    private final String name;
    private final String website;

    OpenDataPublisher(@Value("${lotse.open-data.publisher:Jobcenter team.arbeit.hamburg}") String name,
            @Value("${lotse.open-data.website:https://www.team-arbeit-hamburg.de}") String website) {
        this.name = name;
        this.website = website;
    }

    Hsds.Publisher publisher() {
        return new Hsds.Publisher(name, website);
    }

    Hsds.License license() {
        return new Hsds.License(OpenDataLicence.ID, OpenDataLicence.NAME, OpenDataLicence.URL, attribution());
    }

    public String name() {
        return name;
    }

    /** The source note reusers must show, as the licence asks. */
    public String attribution() {
        return "Datenquelle: " + name + ", Verzeichnis der unabhängigen Beratungsstellen (Lotse), " + OpenDataLicence.ID;
    }
}
