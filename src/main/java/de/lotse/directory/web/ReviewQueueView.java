package de.lotse.directory.web;

import java.util.List;
import java.util.Optional;

import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.editing.DirectoryChange;
import de.lotse.directory.editing.EditingRights;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.StaffMember;

/** The coordinator's queue of proposed changes, and the umbrellas' grants to edit member organizations' entries. */
public record ReviewQueueView(StaffMember admin, List<DirectoryChange> queue, List<EditingRights.Grant> grants,
        List<CounsellingCentre> centres, List<DirectoryEntry.Organization> organizations, Optional<String> notice) {

    public String centreName(EditingRights.Grant grant) {
        return centres.stream().filter(centre -> centre.id().equals(grant.centre())).map(CounsellingCentre::name)
                .findFirst().orElse("–");
    }
}
