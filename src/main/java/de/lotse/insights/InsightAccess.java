package de.lotse.insights;

import java.util.Optional;
import java.util.Set;

import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

/**
 * Who sees which insights. Quality management and the executive management see every site of their Jobcenter; site
 * and area managers only their own sites; nobody else sees any. The pseudonymised list behind a figure is for quality
 * management and for managers of their own sites. No view ranks individual staff: staff are not in the projection.
 */
final class InsightAccess {

    private InsightAccess() {
    }

    static boolean maySee(StaffMember viewer) {
        return switch (viewer.role()) {
            case QUALITY_MANAGEMENT, EXECUTIVE_MANAGER -> true;
            case SITE_MANAGER, AREA_MANAGER -> !viewer.sites().isEmpty();
            default -> false;
        };
    }

    /**
     * The sites a view covers: the one asked for, if the viewer may see it, else all the viewer may see (empty meaning
     * every site of the Jobcenter).
     *
     * @throws NotAllowed when the viewer may see no insights, or not those of the site asked for
     */
    static Set<SiteId> sites(StaffMember viewer, Optional<SiteId> requested) {
        if (!maySee(viewer)) {
            throw new NotAllowed("insights are for quality management and management");
        }
        boolean allSites = viewer.role() == StaffRole.QUALITY_MANAGEMENT || viewer.role() == StaffRole.EXECUTIVE_MANAGER;
        if (requested.isPresent()) {
            if (!allSites && !viewer.sites().contains(requested.get())) {
                throw new NotAllowed("insights of another site");
            }
            return Set.of(requested.get());
        }
        return allSites ? Set.of() : viewer.sites();
    }

    static boolean mayListRows(StaffMember viewer) {
        return viewer.role() == StaffRole.QUALITY_MANAGEMENT || viewer.role() == StaffRole.SITE_MANAGER
                || viewer.role() == StaffRole.AREA_MANAGER;
    }
}
