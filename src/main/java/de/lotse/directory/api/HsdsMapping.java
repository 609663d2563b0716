package de.lotse.directory.api;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.lotse.directory.DirectoryEntries;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.DirectoryEntry.Schedule.Kind;
import de.lotse.directory.Translation;

/**
 * Turns directory entries into HSDS records. Only published entries reach here, so every service is "active".
 */
final class HsdsMapping {

    static final String IN_PERSON = "in_person";
    static final String PHONE = "phone";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** How much of a service to show: a list's one-to-one fields, all of it nested, or all of it for the dataset. */
    enum Depth {
        LIST, FULL, DATASET
    }

    private final Map<String, Topics.Topic> topics;
    private final Map<UUID, List<Translation>> translations;

    HsdsMapping(Map<String, Topics.Topic> topics, Map<UUID, List<Translation>> translations) {
        this.topics = topics;
        this.translations = translations;
    }

    Hsds.Service service(DirectoryEntry entry, Depth depth) {
        DirectoryEntry.Service service = entry.service();
        boolean nested = depth != Depth.LIST;
        return new Hsds.Service(service.id(), service.organizationId(), service.name(), service.description(),
                service.website().orElse(null), service.email().orElse(null), "active",
                service.feesDescription().orElse(null), service.verifiedAt().map(Object::toString).orElse(null),
                service.easyDescription().orElse(null), service.freeOfCharge(), service.appointment().name(),
                service.phoneAdvice(), service.videoAdvice(),
                depth == Depth.FULL ? organization(entry.organization(), null) : null,
                nested ? sortedLocations(entry).stream()
                        .map(location -> serviceAtLocation(entry, location, depth == Depth.FULL ? Depth.FULL : null))
                        .toList() : null,
                nested ? schedules(entry) : null, nested ? languages(entry) : null, nested ? phones(entry) : null,
                nested ? serviceAttributes(entry) : null,
                nested ? Optional.ofNullable(translations.get(service.id())).filter(found -> !found.isEmpty()).orElse(null)
                        : null);
    }

    /** @param nest what to nest: FULL the location, LIST the service, null neither */
    Hsds.ServiceAtLocation serviceAtLocation(DirectoryEntry entry, DirectoryEntry.Location location, Depth nest) {
        UUID service = entry.service().id();
        return new Hsds.ServiceAtLocation(serviceAtLocationId(service, location.id()), service, location.id(),
                nest == Depth.LIST ? service(entry, Depth.LIST) : null,
                nest == Depth.FULL || nest == Depth.LIST ? location(location, entry.organization().id()) : null);
    }

    /** A service's locations in a stable order (name, then id), whatever order the database returned them in. */
    static List<DirectoryEntry.Location> sortedLocations(DirectoryEntry entry) {
        return entry.locations().stream().sorted(Comparator.comparing(DirectoryEntry.Location::name)
                .thenComparing(DirectoryEntry.Location::id)).toList();
    }

    static UUID serviceAtLocationId(UUID service, UUID location) {
        return StableIds.of("service_at_location", service, location);
    }

    Hsds.Organization organization(DirectoryEntry.Organization organization, List<Hsds.Service> services) {
        List<Hsds.Attribute> flags = organization.sample()
                ? List.of(attribute(organization.id(), "flag", "organization", Topics.sampleTerm())) : List.of();
        return new Hsds.Organization(organization.id(), organization.name(), organization.alternateName().orElse(null),
                organization.description(), organization.email().orElse(null), organization.website().orElse(null),
                organization.provider().orElse(null), flags, services);
    }

    Hsds.Location location(DirectoryEntry.Location location, UUID organization) {
        Hsds.Address address = new Hsds.Address(StableIds.of("address", location.id()), location.id(),
                location.address(), location.city(), Districts.name(location.district()), "Hamburg",
                location.postalCode(), "DE", "physical");
        List<Hsds.Accessibility> accessibility = location.accessibility().stream().sorted()
                .map(feature -> new Hsds.Accessibility(StableIds.of("accessibility", location.id(), feature.name()),
                        location.id(), feature.name()))
                .toList();
        return new Hsds.Location(location.id(), "physical", organization, location.name(),
                location.transportation().orElse(null), location.latitude(), location.longitude(), List.of(address),
                accessibility);
    }

    private List<Hsds.Schedule> schedules(DirectoryEntry entry) {
        UUID service = entry.service().id();
        List<Hsds.Schedule> schedules = new ArrayList<>();
        List<DirectoryEntry.Schedule> weeks = entry.schedules().stream()
                .sorted(Comparator.comparing(DirectoryEntry.Schedule::day).thenComparing(DirectoryEntry.Schedule::opensAt)
                        .thenComparing(DirectoryEntry.Schedule::kind).thenComparing(DirectoryEntry.Schedule::id))
                .toList();
        for (DirectoryEntry.Schedule weekly : weeks) {
            schedules.add(new Hsds.Schedule(weekly.id(), service, weekly.locationId().orElse(null), "WEEKLY",
                    DirectoryEntries.hsds(weekly.day()), time(weekly.opensAt()), time(weekly.closesAt()),
                    weekly.validFrom().map(Object::toString).orElse(null),
                    weekly.validTo().map(Object::toString).orElse(null), null, null,
                    weekly.kind() == Kind.PHONE ? PHONE : IN_PERSON, weekly.notes().orElse(null)));
        }
        for (DirectoryEntry.ScheduleException day : entry.exceptions()) {
            String date = day.day().toString();
            schedules.add(new Hsds.Schedule(StableIds.of("schedule_exception", service, date), service, null, null,
                    null, day.closed() ? null : day.opensAt().map(HsdsMapping::time).orElse(null),
                    day.closed() ? null : day.closesAt().map(HsdsMapping::time).orElse(null), date, date, date,
                    day.closed() ? "closed" : "changed hours", null, day.notes().orElse(null)));
        }
        return schedules;
    }

    private static List<Hsds.Language> languages(DirectoryEntry entry) {
        return entry.languages().stream().map(code -> new Hsds.Language(StableIds.of("language", entry.service().id(),
                code), entry.service().id(), languageName(code), code)).toList();
    }

    static String languageName(String code) {
        if ("de-LS".equalsIgnoreCase(code)) {
            return "German (Leichte Sprache, easy-to-read)";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    private static List<Hsds.Phone> phones(DirectoryEntry entry) {
        UUID service = entry.service().id();
        return entry.phones().stream().map(phone -> new Hsds.Phone(StableIds.of("phone", service, phone.number()),
                service, phone.number(), "voice", phone.description().orElse(null))).toList();
    }

    private List<Hsds.Attribute> serviceAttributes(DirectoryEntry entry) {
        UUID service = entry.service().id();
        List<Hsds.Attribute> attributes = new ArrayList<>();
        for (String code : entry.topics()) {
            Topics.Topic topic = topics.get(code);
            if (topic != null) {
                attributes.add(attribute(service, "topic", "service", Topics.term(topic)));
            }
        }
        if (entry.organization().sample()) {
            attributes.add(attribute(service, "flag", "service", Topics.sampleTerm()));
        }
        return attributes;
    }

    private static Hsds.Attribute attribute(UUID link, String type, String entity, Hsds.TaxonomyTerm term) {
        return new Hsds.Attribute(StableIds.of("attribute", link, term.id()), link, type, entity, term.id(), term);
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }
}
