package de.lotse.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import de.lotse.IntegrationTest;
import de.lotse.calendar.HamburgCalendar;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.OrganisationAdministration;
import de.lotse.organisation.Postcode;
import de.lotse.organisation.Site;
import de.lotse.organisation.SiteRouting;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

/** Administrators keep the postcode table, duty mailboxes, staff and days off; nobody else may. */
@IntegrationTest
class AdministrationIntegrationTest {

    @Autowired OrganisationAdministration administration;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired SiteRouting routing;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired HamburgCalendar calendar;
    @Autowired UserDetailsService logins;

    private StaffMember admin;
    private StaffFixtures staff;

    @BeforeEach
    void fixtures() {
        staff = new StaffFixtures(accounts, sites, jobcenter);
        admin = staff.member(StaffRole.ADMINISTRATOR);
    }

    private Site site(String code) {
        return sites.byCode(jobcenter.get().id(), code).orElseThrow();
    }

    @Test
    void only_administrators_administrate() {
        StaffMember manager = staff.member(StaffRole.SITE_MANAGER, "mitte");
        assertThatThrownBy(() -> administration.route(manager, new Postcode("20457"), site("mitte").id()))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> administration.createStaff(manager, "x.y", "X", StaffRole.ADMINISTRATOR, Set.of()))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_changed_postcode_routes_new_concerns_to_the_new_site() {
        Postcode postcode = new Postcode("22769");
        administration.route(admin, postcode, site("eimsbuettel").id());
        assertThat(routing.siteFor(jobcenter.get().id(), Optional.of(postcode), false)).map(Site::code).contains("eimsbuettel");

        administration.route(admin, postcode, site("altona").id());
        assertThat(routing.siteFor(jobcenter.get().id(), Optional.of(postcode), false)).map(Site::code).contains("altona");
    }

    @Test
    void concerns_no_postcode_routes_go_to_the_central_site_the_administrator_chose() {
        assertThat(routing.siteFor(jobcenter.get().id(), Optional.empty(), false)).map(Site::code).contains("mitte");
        assertThat(routing.siteFor(jobcenter.get().id(), Optional.of(new Postcode("99998")), false)).map(Site::code)
                .contains("mitte");
        try {
            administration.makeCentral(admin, site("harburg").id());
            assertThat(routing.siteFor(jobcenter.get().id(), Optional.empty(), false)).map(Site::code).contains("harburg");
            assertThat(administration.centralSite(admin)).map(Site::code).contains("harburg");
        } finally {
            administration.makeCentral(admin, site("mitte").id());
        }
    }

    @Test
    void a_new_account_logs_in_with_its_first_password_until_it_is_locked() {
        String login = "neu." + System.nanoTime();
        OrganisationAdministration.NewAccount created = administration.createStaff(admin, login, "Neue Kollegin",
                StaffRole.AGENT, Set.of(site("mitte").id()));
        assertThat(created.initialPassword()).hasSize(14);
        assertThat(logins.loadUserByUsername(login).isEnabled()).isTrue();

        administration.setActive(admin, created.member().id(), false);
        assertThat(logins.loadUserByUsername(login).isEnabled()).isFalse();
        assertThatThrownBy(() -> administration.setActive(admin, admin.id(), false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_declared_day_off_stops_the_clocks_counting_it() {
        LocalDate day = LocalDate.of(2031, 6, 3); // a Tuesday
        assertThat(calendar.isWorkingDay(day)).isTrue();

        administration.declareHoliday(admin, day, "Senatsbeschluss");
        assertThat(calendar.isWorkingDay(day)).isFalse();

        administration.withdrawHoliday(admin, day);
        assertThat(calendar.isWorkingDay(day)).isTrue();
    }
}
