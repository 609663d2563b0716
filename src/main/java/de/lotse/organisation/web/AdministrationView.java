package de.lotse.organisation.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.lotse.calendar.PublicHoliday;
import de.lotse.organisation.OrganisationAdministration.NewAccount;
import de.lotse.organisation.Postcode;
import de.lotse.organisation.Site;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffMembers;
import de.lotse.organisation.StaffRole;

/**
 * The administration page: sites with their duty mailboxes, the postcode table, staff, one-off holidays.
 *
 * @param created an account just made, whose first password is shown this once
 * @param problemKey message key of what went wrong with the last change, if anything
 */
public record AdministrationView(StaffMember admin, List<Site> sites, Map<SiteId, String> dutyEmails,
        List<Map.Entry<Postcode, SiteId>> routes, List<StaffMembers.Account> staff, List<PublicHoliday> holidays,
        int year, Optional<NewAccount> created, Optional<String> problemKey, Optional<SiteId> centralSite,
        boolean testMailbox) {

    public boolean central(Site site) {
        return centralSite.map(site.id()::equals).orElse(false);
    }

    public String siteName(SiteId site) {
        return sites.stream().filter(s -> s.id().equals(site)).map(Site::name).findFirst().orElse("–");
    }

    public String dutyEmail(Site site) {
        return dutyEmails.getOrDefault(site.id(), "");
    }

    public String sitesOf(StaffMember member) {
        return member.sites().stream().map(this::siteName).sorted().reduce((a, b) -> a + ", " + b).orElse("–");
    }

    public List<StaffRole> roles() {
        // Counsellors' accounts belong to a counselling centre and are made on the partners' page.
        return java.util.Arrays.stream(StaffRole.values()).filter(role -> !role.partner()).toList();
    }

    @Override
    public String toString() {
        return "AdministrationView[" + admin.login() + "]";
    }
}
