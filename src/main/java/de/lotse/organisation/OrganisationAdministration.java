package de.lotse.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.calendar.PublicHoliday;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators keep: the postcode table (responsibility does not follow district borders), the sites' duty
 * mailboxes, staff accounts and the one-off holidays of the business calendar. Every method checks that the acting person is an administrator of the same Jobcenter.
 */
@Service
public class OrganisationAdministration {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

    private final Sites sites;
    private final StaffMembers staff;
    private final StaffAccounts accounts;
    private final HamburgCalendar calendar;

    OrganisationAdministration(Sites sites, StaffMembers staff, StaffAccounts accounts, HamburgCalendar calendar) {
        this.sites = sites;
        this.staff = staff;
        this.accounts = accounts;
        this.calendar = calendar;
    }

    /** A new account and its first password, to be handed over once. */
    public record NewAccount(StaffMember member, String initialPassword) {
    }

    public List<Map.Entry<Postcode, SiteId>> routes(StaffMember admin) {
        return sites.routes(require(admin));
    }

    @Transactional
    public void route(StaffMember admin, Postcode postcode, SiteId site) {
        JobcenterId jobcenter = require(admin);
        ownSite(jobcenter, site);
        sites.route(jobcenter, postcode, site);
    }

    /** Chooses the site that takes concerns no postcode routes (e-mails without an address, unknown postcodes). */
    @Transactional
    public void makeCentral(StaffMember admin, SiteId site) {
        JobcenterId jobcenter = require(admin);
        ownSite(jobcenter, site);
        sites.makeCentral(jobcenter, site);
    }

    public Optional<Site> centralSite(StaffMember admin) {
        return sites.central(require(admin));
    }

    @Transactional
    public void unroute(StaffMember admin, Postcode postcode) {
        sites.unroute(require(admin), postcode);
    }

    @Transactional
    public void setDutyEmail(StaffMember admin, SiteId site, String email) {
        ownSite(require(admin), site);
        String address = email == null ? "" : email.strip();
        if (!address.isEmpty() && !EMAIL.matcher(address).matches()) {
            throw new IllegalArgumentException("Not an e-mail address: " + address);
        }
        sites.setDutyEmail(site, address.isEmpty() ? null : address);
    }

    /** The Jobcenter's own staff; counsellors' accounts are kept with their centre (see {@link PartnerAdministration}). */
    public List<StaffMembers.Account> staff(StaffMember admin) {
        return staff.of(require(admin)).stream().filter(account -> !account.member().role().partner()).toList();
    }

    @Transactional
    public NewAccount createStaff(StaffMember admin, String login, String displayName, StaffRole role, Set<SiteId> siteIds) {
        JobcenterId jobcenter = require(admin);
        String cleanLogin = LoginName.clean(login);
        if (!LoginName.valid(cleanLogin) || displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("Login (a-z, 0-9, . _ -) and name are needed");
        }
        if (accounts.exists(cleanLogin)) {
            throw new IllegalArgumentException("Login " + cleanLogin + " exists already");
        }
        if (role.partner()) {
            throw new IllegalArgumentException("A counsellor's account belongs to a counselling centre");
        }
        siteIds.forEach(site -> ownSite(jobcenter, site));
        String password = InitialPasswords.generate();
        return new NewAccount(accounts.create(jobcenter, cleanLogin, displayName.strip(), role, siteIds, password), password);
    }

    @Transactional
    public void setActive(StaffMember admin, StaffId member, boolean active) {
        JobcenterId jobcenter = require(admin);
        StaffMember target = staff.byId(member).filter(found -> found.jobcenter().equals(jobcenter))
                .orElseThrow(() -> new NotAllowed("staff of another Jobcenter"));
        if (target.id().equals(admin.id()) && !active) {
            throw new IllegalArgumentException("Administrators cannot lock themselves out");
        }
        staff.setActive(member, active);
    }

    public List<PublicHoliday> holidays(StaffMember admin, int year) {
        require(admin);
        return calendar.holidays(year);
    }

    public void declareHoliday(StaffMember admin, LocalDate day, String name) {
        require(admin);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A holiday needs a name");
        }
        calendar.declareOneOff(new PublicHoliday(day, name.strip()));
    }

    public void withdrawHoliday(StaffMember admin, LocalDate day) {
        require(admin);
        calendar.withdrawOneOff(day);
    }

    public Optional<String> dutyEmail(StaffMember admin, SiteId site) {
        require(admin);
        return sites.dutyEmail(site);
    }

    private JobcenterId require(StaffMember admin) {
        if (admin.role() != StaffRole.ADMINISTRATOR) {
            throw new NotAllowed("administration needs the administrator role");
        }
        return admin.jobcenter();
    }

    private void ownSite(JobcenterId jobcenter, SiteId site) {
        sites.byId(site).filter(found -> found.jobcenterId().equals(jobcenter))
                .orElseThrow(() -> new NotAllowed("site of another Jobcenter"));
    }

}
