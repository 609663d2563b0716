package de.lotse.directory.web;

import java.util.List;
import java.util.UUID;

import de.lotse.directory.editing.DirectoryChange;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.StaffMember;

/**
 * An entry's history of changes, for its editors (partner area, {@code centre} set) and the coordinator (staff area,
 * {@code centre} null): who proposed what and when, which fields, and how the review went.
 */
public record HistoryView(StaffMember viewer, CounsellingCentre centre, UUID service, String serviceName,
        List<DirectoryChange> changes, String back) {

    public boolean staffArea() {
        return centre == null;
    }
}
