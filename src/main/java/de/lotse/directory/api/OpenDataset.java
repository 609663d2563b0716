package de.lotse.directory.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.api.HsdsMapping.Depth;
import de.lotse.directory.api.PublishedDirectory.Snapshot;

/** The whole published directory as one HSDS JSON document, normalised: services refer to the rest by id. */
final class OpenDataset {

    private OpenDataset() {
    }

    static Hsds.Dataset of(Snapshot snapshot, OpenDataPublisher publisher) {
        HsdsMapping mapping = snapshot.mapping();
        Map<UUID, Hsds.Organization> organizations = new LinkedHashMap<>();
        snapshot.organizations().forEach(organization -> organizations.put(organization.id(),
                mapping.organization(organization, null)));
        List<Hsds.Location> locations = snapshot.locations().stream()
                .map(placed -> mapping.location(placed.location(), placed.organizationId())).toList();
        List<Hsds.Service> services = new ArrayList<>();
        for (DirectoryEntry entry : snapshot.entries()) {
            services.add(mapping.service(entry, Depth.DATASET));
        }
        List<Hsds.TaxonomyTerm> terms = new ArrayList<>(snapshot.topics().values().stream()
                .sorted(java.util.Comparator.comparing(Topics.Topic::code)).map(Topics::term).toList());
        terms.add(Topics.sampleTerm());
        Hsds.Meta meta = new Hsds.Meta(Hsds.VERSION, Hsds.PROFILE, snapshot.lastModified().toString(), publisher.publisher(),
                publisher.license(), "Verzeichnis der unabhängigen Beratungsstellen in Hamburg, nur veröffentlichte "
                        + "Einträge. Directory of independent counselling centres in Hamburg, published entries only. "
                        + "Times are local Hamburg time (Europe/Berlin); x_ fields extend HSDS 3.0; entries with the "
                        + "attribute lotse-flags/sample are made-up sample data.");
        return new Hsds.Dataset(meta, Topics.taxonomies(), terms, List.copyOf(organizations.values()), locations,
                services);
    }
}
