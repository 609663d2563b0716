package de.lotse.directory.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.lotse.directory.Accessibility;
import de.lotse.directory.DirectoryEntries;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.Translation;

/**
 * The edit form of a directory entry exactly as typed, so a form with problems comes back with nothing lost. The
 * repeating parts (locations, hours, different days, phones, translations) are rows; blank rows are left out. Public
 * fields, bound directly: a form's worth of getters and setters would say nothing more.
 */
public class EntryDraft {

    /** Blank rows offered at the end of each repeating part. */
    public static final int BLANK_ROWS = 1;

    public static class LocationRow {
        public String id = "";
        public String name = "";
        public String address = "";
        public String postalCode = "";
        public String city = "Hamburg";
        public String district = "";
        public String transportation = "";
        public List<String> accessibility = new ArrayList<>();

        boolean blank() {
            return EntryDraft.blank(name, address, postalCode, district, transportation) && accessibility.isEmpty();
        }
    }

    public static class HoursRow {
        public String id = "";
        public String kind = "OPENING";
        public String day = "";
        public String opens = "";
        public String closes = "";
        /** The location's row number (1, 2 …), empty for phone hours or all locations. */
        public String location = "";
        public String validTo = "";
        public String notes = "";

        boolean blank() {
            return EntryDraft.blank(day, opens, closes, validTo, notes);
        }
    }

    public static class DayRow {
        public String day = "";
        public boolean closed;
        public String opens = "";
        public String closes = "";
        public String notes = "";

        boolean blank() {
            return EntryDraft.blank(day, opens, closes, notes);
        }
    }

    public static class PhoneRow {
        public String number = "";
        public String description = "";

        boolean blank() {
            return EntryDraft.blank(number, description);
        }
    }

    public static class TranslationRow {
        public String language = "";
        public String name = "";
        public String description = "";

        boolean blank() {
            return EntryDraft.blank(language, name, description);
        }
    }

    /** The published entry's version when editing started (its updated_at), empty for a new entry. */
    public String base = "";
    public String organizationName = "";
    public String organizationAlternateName = "";
    public String organizationDescription = "";
    public String organizationProvider = "";
    public String organizationEmail = "";
    public String organizationWebsite = "";
    public String name = "";
    public String description = "";
    public String easyDescription = "";
    public boolean freeOfCharge;
    public String feesDescription = "";
    public String appointment = "BOTH";
    public boolean phoneAdvice;
    public boolean videoAdvice;
    public String email = "";
    public String website = "";
    public String languages = "";
    public List<String> topics = new ArrayList<>();
    public List<LocationRow> locations = new ArrayList<>();
    public List<HoursRow> hours = new ArrayList<>();
    public List<DayRow> days = new ArrayList<>();
    public List<PhoneRow> phones = new ArrayList<>();
    public List<TranslationRow> translations = new ArrayList<>();

    /** A new entry of an organization, with its data filled in. */
    public static EntryDraft forNewService(DirectoryEntry.Organization organization) {
        EntryDraft draft = new EntryDraft();
        draft.organization(organization);
        draft.freeOfCharge = true;
        draft.languages = "de";
        return draft.withBlankRows();
    }

    /** The form filled with an entry as it reads (published, or as proposed). */
    public static EntryDraft of(DirectoryEntry entry, List<Translation> translations, String base) {
        EntryDraft draft = new EntryDraft();
        draft.base = base;
        draft.organization(entry.organization());
        DirectoryEntry.Service service = entry.service();
        draft.name = service.name();
        draft.description = service.description();
        draft.easyDescription = service.easyDescription().orElse("");
        draft.freeOfCharge = service.freeOfCharge();
        draft.feesDescription = service.feesDescription().orElse("");
        draft.appointment = service.appointment().name();
        draft.phoneAdvice = service.phoneAdvice();
        draft.videoAdvice = service.videoAdvice();
        draft.email = service.email().orElse("");
        draft.website = service.website().orElse("");
        draft.languages = String.join(", ", entry.languages().stream().sorted().toList());
        draft.topics = new ArrayList<>(entry.topics());
        List<UUID> locationIds = new ArrayList<>();
        for (DirectoryEntry.Location location : entry.locations()) {
            LocationRow row = new LocationRow();
            row.id = location.id().toString();
            row.name = location.name();
            row.address = location.address();
            row.postalCode = location.postalCode();
            row.city = location.city();
            row.district = location.district().name();
            row.transportation = location.transportation().orElse("");
            row.accessibility = new ArrayList<>(location.accessibility().stream().sorted().map(Accessibility::name).toList());
            draft.locations.add(row);
            locationIds.add(location.id());
        }
        for (DirectoryEntry.Schedule schedule : entry.schedules()) {
            HoursRow row = new HoursRow();
            row.id = schedule.id().toString();
            row.kind = schedule.kind().name();
            row.day = DirectoryEntries.hsds(schedule.day());
            row.opens = EntryValidation.time(schedule.opensAt());
            row.closes = EntryValidation.time(schedule.closesAt());
            row.location = schedule.locationId().map(id -> locationIds.indexOf(id)).filter(index -> index >= 0)
                    .map(index -> String.valueOf(index + 1)).orElse("");
            row.validTo = schedule.validTo().map(Object::toString).orElse("");
            row.notes = schedule.notes().orElse("");
            draft.hours.add(row);
        }
        for (DirectoryEntry.ScheduleException exception : entry.exceptions()) {
            DayRow row = new DayRow();
            row.day = exception.day().toString();
            row.closed = exception.closed();
            row.opens = exception.opensAt().map(EntryValidation::time).orElse("");
            row.closes = exception.closesAt().map(EntryValidation::time).orElse("");
            row.notes = exception.notes().orElse("");
            draft.days.add(row);
        }
        for (DirectoryEntry.Phone phone : entry.phones()) {
            PhoneRow row = new PhoneRow();
            row.number = phone.number();
            row.description = phone.description().orElse("");
            draft.phones.add(row);
        }
        for (Translation translation : translations) {
            TranslationRow row = draft.translations.stream().filter(found -> found.language.equals(translation.language()))
                    .findFirst().orElseGet(() -> {
                        TranslationRow added = new TranslationRow();
                        added.language = translation.language();
                        draft.translations.add(added);
                        return added;
                    });
            if (Translation.NAME.equals(translation.field())) {
                row.name = translation.text();
            } else {
                row.description = translation.text();
            }
        }
        return draft.withBlankRows();
    }

    private void organization(DirectoryEntry.Organization organization) {
        organizationName = organization.name();
        organizationAlternateName = organization.alternateName().orElse("");
        organizationDescription = organization.description();
        organizationProvider = organization.provider().orElse("");
        organizationEmail = organization.email().orElse("");
        organizationWebsite = organization.website().orElse("");
    }

    /** Leaves out the rows left blank: the filled rows keep their order (and problems their row numbers). */
    EntryDraft withoutBlankRows() {
        locations.removeIf(row -> row == null || row.blank());
        hours.removeIf(row -> row == null || row.blank());
        days.removeIf(row -> row == null || row.blank());
        phones.removeIf(row -> row == null || row.blank());
        translations.removeIf(row -> row == null || row.blank());
        return this;
    }

    /** Drops the rows left blank and adds the blank rows to type into; one part ({@code more}) gets one more. */
    public EntryDraft withBlankRows(Optional<String> more) {
        withoutBlankRows();
        int extra = BLANK_ROWS;
        for (int i = 0; i < extra + (more.filter("locations"::equals).isPresent() ? 1 : 0); i++) {
            locations.add(new LocationRow());
        }
        for (int i = 0; i < extra + (more.filter("hours"::equals).isPresent() ? 1 : 0); i++) {
            hours.add(new HoursRow());
        }
        for (int i = 0; i < extra + (more.filter("days"::equals).isPresent() ? 1 : 0); i++) {
            days.add(new DayRow());
        }
        for (int i = 0; i < extra + (more.filter("phones"::equals).isPresent() ? 1 : 0); i++) {
            phones.add(new PhoneRow());
        }
        for (int i = 0; i < extra + (more.filter("translations"::equals).isPresent() ? 1 : 0); i++) {
            translations.add(new TranslationRow());
        }
        return this;
    }

    public EntryDraft withBlankRows() {
        return withBlankRows(Optional.empty());
    }

    static boolean blank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
