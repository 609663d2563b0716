package de.lotse.directory.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lotse.directory.DirectoryEntries;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.EntryTranslations;
import de.lotse.directory.Translation;

/**
 * What the open interfaces may show: published services only, and organizations and locations only as far as a
 * published service belongs to them. The directory of one city is a few hundred services, so lists are filtered and
 * paged in memory over one read of them all (nine queries, whatever the page).
 */
@Component
class PublishedDirectory {

    private final DirectoryEntries entries;
    private final EntryTranslations translations;
    private final Topics topics;
    private final JdbcClient jdbc;

    PublishedDirectory(DirectoryEntries entries, EntryTranslations translations, Topics topics, JdbcClient jdbc) {
        this.entries = entries;
        this.translations = translations;
        this.topics = topics;
        this.jdbc = jdbc;
    }

    Snapshot read() {
        List<DirectoryEntry> published = entries.published();
        Map<UUID, Instant> modified = new HashMap<>();
        jdbc.sql("""
                SELECT s.id, GREATEST(s.updated_at, o.updated_at) AS modified
                  FROM directory_service s JOIN directory_organization o ON o.id = s.organization_id
                 WHERE s.status = 'PUBLISHED'""")
                .query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getTimestamp("modified").toInstant()))
                .list().forEach(entry -> modified.put(entry.getKey(), entry.getValue()));
        return new Snapshot(published, modified, topics.byCode(), translations.all());
    }

    /** One consistent read of the published directory. */
    record Snapshot(List<DirectoryEntry> entries, Map<UUID, Instant> modified, Map<String, Topics.Topic> topics,
            Map<UUID, List<Translation>> translations) {

        HsdsMapping mapping() {
            return new HsdsMapping(topics, translations);
        }

        List<DirectoryEntry> services(ServiceFilter filter) {
            return entries.stream()
                    .filter(entry -> filter.matches(entry, modified.getOrDefault(entry.service().id(), Instant.EPOCH)))
                    .toList();
        }

        /** Organizations with at least one published service, by name. */
        List<DirectoryEntry.Organization> organizations() {
            Map<UUID, DirectoryEntry.Organization> found = new LinkedHashMap<>();
            entries.forEach(entry -> found.putIfAbsent(entry.organization().id(), entry.organization()));
            return found.values().stream().sorted(Comparator
                    .comparing((DirectoryEntry.Organization o) -> o.name().toLowerCase(Locale.GERMAN))
                    .thenComparing(DirectoryEntry.Organization::id)).toList();
        }

        /** Locations where a published service is offered, by name, each with the organization it belongs to. */
        List<Placed> locations() {
            Map<UUID, Placed> found = new LinkedHashMap<>();
            entries.forEach(entry -> entry.locations().forEach(location -> found.putIfAbsent(location.id(),
                    new Placed(location, entry.organization().id()))));
            return found.values().stream().sorted(Comparator
                    .comparing((Placed p) -> p.location().name().toLowerCase(Locale.GERMAN))
                    .thenComparing(p -> p.location().id())).toList();
        }

        /** The newest change to anything published, for the Last-Modified of the whole dataset. */
        Instant lastModified() {
            return modified.values().stream().max(Instant::compareTo).orElse(Instant.EPOCH);
        }
    }

    record Placed(DirectoryEntry.Location location, UUID organizationId) {
    }
}
