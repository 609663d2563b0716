package de.lotse.directory.web;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.lotse.directory.Accessibility;
import de.lotse.directory.Appointment;
import de.lotse.directory.DirectoryEntries;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.District;
import de.lotse.directory.Topic;
import de.lotse.directory.editing.DirectoryChange;
import de.lotse.directory.editing.EntryDraft;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.StaffMember;

/**
 * The edit form of a directory entry (or a new one), as typed, with its problems, the pending proposal it continues and
 * the entry as published (for the "still correct" confirmation).
 *
 * @param action where the form is sent
 * @param service the entry, empty for a new one
 */
public record EntryFormView(StaffMember viewer, CounsellingCentre centre, EntryDraft draft, EntryProblems problems,
        String action, Optional<UUID> service, Optional<DirectoryChange> pending, Optional<DirectoryEntry> published,
        List<Topic> topics, Optional<String> notice) {

    public List<District> districts() {
        return List.of(District.values());
    }

    public List<Accessibility> features() {
        return List.of(Accessibility.values());
    }

    public List<Appointment> appointments() {
        return List.of(Appointment.values());
    }

    public List<DirectoryEntry.Schedule.Kind> kinds() {
        return List.of(DirectoryEntry.Schedule.Kind.values());
    }

    /** The weekdays in HSDS's two-letter codes, with their day for naming. */
    public List<String> weekdays() {
        return Arrays.stream(DayOfWeek.values()).map(DirectoryEntries::hsds).toList();
    }

    public String weekdayKey(String code) {
        return "partner.directory.day." + code;
    }

    public boolean chosenTopic(Topic topic) {
        return draft.topics.contains(topic.code());
    }

    public boolean hasFeature(EntryDraft.LocationRow row, Accessibility feature) {
        return row.accessibility.contains(feature.name());
    }

    public boolean conflict() {
        return problems.has("base");
    }

    public String id(String field) {
        return EntryProblems.id(field);
    }

    public String title() {
        return service.isPresent() ? draft.name : "";
    }

    public boolean publishedNow() {
        return published.map(entry -> entry.service().status() == de.lotse.directory.ServiceStatus.PUBLISHED)
                .orElse(false);
    }
}
