package de.lotse.directory.web;

import de.lotse.directory.editing.DirectoryReview;
import de.lotse.organisation.StaffMember;

/** One proposed change under review: compared with the published entry field by field, to publish or reject. */
public record ReviewView(StaffMember admin, DirectoryReview.Reviewing reviewing, EntryProblems problems,
        String typedReason) {

    public String path() {
        return DirectoryReviewController.CHANGES + "/" + reviewing.change().id().value();
    }
}
