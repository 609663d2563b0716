package de.lotse.directory.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.editing.DirectoryChange;
import de.lotse.directory.editing.DirectoryReview;
import de.lotse.directory.editing.DirectoryWriter;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import tools.jackson.databind.ObjectMapper;

/**
 * The coordinator's import of directory entries from the open-data CSV or HSDS JSON: everything is checked first and
 * every problem reported with its line or path; only a file without any problem is written, in one transaction.
 * Imported services wait in review: nothing becomes public before a coordinator publishes it. A service whose id is
 * new is added (in review, with the organizations and locations that are new too); a service whose id is in the
 * directory already becomes a proposed change of it, waiting in the review queue like a partner's (none if the file
 * says what is published already). Its organization must stay the same, and schedule ids must not be another service's.
 */
@Service
public class DirectoryImport {

    public enum Format {
        CSV, HSDS_JSON;

        /** By the file's name, else by its first character. */
        public static Format detect(String filename, byte[] content) {
            String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
            if (name.endsWith(".json")) {
                return HSDS_JSON;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8).strip();
            return start.startsWith("{") ? HSDS_JSON : CSV;
        }
    }

    /** What an import did: with problems nothing; else how many records it added, and how many changes it proposed. */
    public record Outcome(List<ImportProblem> problems, int services, int organizations, int locations, int updates) {
        public boolean imported() {
            return problems.isEmpty();
        }
    }

    private final DirectoryWriter writer;
    private final DirectoryReview review;
    private final Topics topics;
    private final ObjectMapper json;
    private final Clock clock;

    DirectoryImport(DirectoryWriter writer, DirectoryReview review, Topics topics, ObjectMapper json, Clock clock) {
        this.writer = writer;
        this.review = review;
        this.topics = topics;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Outcome importFile(StaffMember coordinator, Format format, byte[] content) {
        if (coordinator.role() != StaffRole.ADMINISTRATOR) {
            throw new NotAllowed("Only the directory's coordinator imports entries");
        }
        List<ImportProblem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            new ImportFields(problems, 0, "").problem("", "encoding");
            return new Outcome(problems, 0, 0, 0, 0);
        }
        Map<String, Topics.Topic> known = topics.byCode();
        ImportBatch.Read read = format == Format.CSV ? CsvImport.read(text, known.keySet())
                : new HsdsJsonImport(json, known).read(text);
        if (!read.valid()) {
            return new Outcome(read.problems(), 0, 0, 0, 0);
        }
        ImportBatch batch = read.batch();
        Map<UUID, DirectoryEntry.Organization> organizations = new LinkedHashMap<>();
        Map<UUID, DirectoryEntry.Location> locations = new LinkedHashMap<>();
        Set<UUID> scheduleIds = new HashSet<>();
        ImportFields file = new ImportFields(problems, 0, "");
        for (DirectoryEntry entry : batch.entries()) {
            organizations.putIfAbsent(entry.organization().id(), entry.organization());
            entry.locations().forEach(location -> locations.putIfAbsent(location.id(), location));
            entry.schedules().forEach(schedule -> {
                if (!scheduleIds.add(schedule.id())) {
                    file.problem("schedules", "duplicateId", schedule.id());
                }
            });
        }
        batch.locationOrganizations().forEach((location, owner) -> {
            if (locations.containsKey(location) && !organizations.containsKey(owner)) {
                file.problem("organization_id", "unknownReference", owner);
            }
        });
        List<UUID> serviceIds = batch.entries().stream().map(entry -> entry.service().id()).toList();
        Map<UUID, UUID> liveOrganizations = writer.owners("directory_service", "organization_id", serviceIds);
        Map<UUID, UUID> scheduleOwners = writer.owners("directory_schedule", "service_id", scheduleIds);
        for (DirectoryEntry entry : batch.entries()) {
            UUID service = entry.service().id();
            Optional.ofNullable(liveOrganizations.get(service)).filter(live -> !live.equals(entry.organization().id()))
                    .ifPresent(live -> file.problem("organization_id", "otherOrganization", service));
            entry.schedules().stream().filter(schedule -> scheduleOwners.containsKey(schedule.id())
                    && !scheduleOwners.get(schedule.id()).equals(service))
                    .forEach(schedule -> file.problem("schedules", "exists", schedule.id()));
        }
        if (!problems.isEmpty()) {
            return new Outcome(problems, 0, 0, 0, 0);
        }
        Instant now = clock.instant();
        Set<UUID> knownOrganizations = writer.existing("directory_organization", organizations.keySet());
        Set<UUID> knownLocations = writer.existing("directory_location", locations.keySet());
        organizations.values().stream().filter(organization -> !knownOrganizations.contains(organization.id()))
                .forEach(organization -> writer.insertOrganization(organization, coordinator.jobcenter().value(), now));
        locations.values().stream().filter(location -> !knownLocations.contains(location.id()))
                .forEach(location -> writer.insertLocation(location, batch.locationOrganizations()
                        .getOrDefault(location.id(), firstOrganizationAt(batch, location.id()))));
        int added = 0;
        int updates = 0;
        for (DirectoryEntry entry : batch.entries()) {
            if (liveOrganizations.containsKey(entry.service().id())) {
                updates += review.proposeImported(coordinator, entry, imported(batch, entry), DirectoryChange.Kind.UPDATE)
                        .isPresent() ? 1 : 0;
            } else {
                writer.insertService(entry, now);
                review.proposeImported(coordinator, entry, imported(batch, entry), DirectoryChange.Kind.NEW);
                added++;
            }
        }
        return new Outcome(List.of(), added, organizations.size() - knownOrganizations.size(),
                locations.size() - knownLocations.size(), updates);
    }

    /** The file's translations of the entry, if its record had any field for them; else it keeps its own. */
    private static Optional<List<de.lotse.directory.Translation>> imported(ImportBatch batch, DirectoryEntry entry) {
        return Optional.ofNullable(batch.translations().get(entry.service().id()));
    }

    private static UUID firstOrganizationAt(ImportBatch batch, UUID location) {
        return batch.entries().stream().filter(entry -> entry.locations().stream().anyMatch(l -> l.id().equals(location)))
                .map(entry -> entry.organization().id()).findFirst().orElseThrow();
    }
}
