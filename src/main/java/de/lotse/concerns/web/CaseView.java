package de.lotse.concerns.web;

import java.util.Map;

import de.lotse.concerns.Concern;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffMember;

/** One concern as staff see it: everything, including internal timeline entries. */
public record CaseView(StaffMember viewer, Concern concern, Map<SiteId, String> siteNames) {

    public String site() {
        return concern.site().map(siteNames::get).orElse("–");
    }

    @Override
    public String toString() {
        return "CaseView[" + concern.reference() + "]";
    }
}
