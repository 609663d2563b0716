package de.lotse.wording.web;

import java.util.List;

import de.lotse.organisation.StaffMember;
import de.lotse.wording.Wording;

/**
 * @param query what was searched for, shown again in the field
 * @param more whether more texts matched than are listed
 */
public record WordingSearchView(StaffMember admin, String query, List<Wording.FoundText> found, boolean more) {
}
