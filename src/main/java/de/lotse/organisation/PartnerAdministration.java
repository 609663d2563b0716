package de.lotse.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.organisation.CounsellingCentre.Status;
import de.lotse.organisation.OrganisationAdministration.NewAccount;

/**
 * What the Jobcenter's administrator does with the counselling centres: registers them, approves them as direct-line
 * partners, suspends them (saying why) and approves them again, and opens the first account of a centre's own
 * administrator. Every method checks that the acting person is an administrator of the centre's Jobcenter; a centre
 * of another Jobcenter is not found.
 */
@Service
public class PartnerAdministration {

    static final int MAX_TEXT = 200;
    static final int MAX_ADDRESS = 500;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/-]{5,30}");

    private final CounsellingCentres centres;
    private final StaffMembers staff;
    private final PartnerAccounts partnerAccounts;
    private final Clock clock;

    PartnerAdministration(CounsellingCentres centres, StaffMembers staff, PartnerAccounts partnerAccounts, Clock clock) {
        this.centres = centres;
        this.staff = staff;
        this.partnerAccounts = partnerAccounts;
        this.clock = clock;
    }

    public List<CounsellingCentre> centres(StaffMember admin) {
        return centres.of(require(admin));
    }

    public CounsellingCentre centre(StaffMember admin, CentreId id) {
        JobcenterId jobcenter = require(admin);
        return centres.byId(id).filter(centre -> centre.jobcenter().equals(jobcenter))
                .orElseThrow(() -> new NotFound("counselling centre " + id.value()));
    }

    public CounsellingCentres.Standing standing(StaffMember admin, CentreId id) {
        return centres.standing(centre(admin, id).id());
    }

    public List<CounsellingCentres.StatusChange> history(StaffMember admin, CentreId id) {
        return centres.history(centre(admin, id).id());
    }

    /** The accounts of the centre's people. */
    public List<StaffMembers.Account> accounts(StaffMember admin, CentreId id) {
        return staff.ofCentre(centre(admin, id).id());
    }

    /** Registers a centre as applied: it may use the direct line once approved. */
    @Transactional
    public CounsellingCentre register(StaffMember admin, CentreDraft draft) {
        JobcenterId jobcenter = require(admin);
        String name = clean(draft.name());
        String provider = clean(draft.provider());
        String email = clean(draft.email());
        String phone = clean(draft.phone());
        String address = clean(draft.address());
        Optional<CounsellingCentre.Kind> kind = Arrays.stream(CounsellingCentre.Kind.values())
                .filter(candidate -> candidate.name().equals(clean(draft.kind()))).findFirst();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (name.isEmpty() || name.length() > MAX_TEXT) {
            problems.add(new InvalidInput.Problem("name", "admin.partners.error.name"));
        } else if (centres.named(jobcenter, name).isPresent()) {
            problems.add(new InvalidInput.Problem("name", "admin.partners.error.nameTaken"));
        }
        if (provider.isEmpty() || provider.length() > MAX_TEXT) {
            problems.add(new InvalidInput.Problem("provider", "admin.partners.error.provider"));
        }
        if (kind.isEmpty()) {
            problems.add(new InvalidInput.Problem("kind", "admin.partners.error.kind"));
        }
        if (!EMAIL.matcher(email).matches() || email.length() > MAX_TEXT) {
            problems.add(new InvalidInput.Problem("email", "admin.partners.error.email"));
        }
        if (!phone.isEmpty() && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 5)) {
            problems.add(new InvalidInput.Problem("phone", "admin.partners.error.phone"));
        }
        if (address.length() > MAX_ADDRESS) {
            problems.add(new InvalidInput.Problem("address", "admin.partners.error.address"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CounsellingCentre centre = centres.register(jobcenter, name, provider, kind.get(), email,
                Optional.of(phone).filter(typed -> !typed.isEmpty()), Optional.of(address).filter(typed -> !typed.isEmpty()),
                Status.APPLIED, clock.instant());
        centres.recordRegistration(centre, admin.id(), clock.instant());
        return centre;
    }

    /** Approves an applied centre, or a suspended one again. */
    @Transactional
    public void approve(StaffMember admin, CentreId id) {
        CounsellingCentre centre = centre(admin, id);
        centres.changeStatus(centre.id(), Set.of(Status.APPLIED, Status.SUSPENDED), Status.APPROVED, Optional.empty(),
                admin.id(), clock.instant());
    }

    /** Suspends an approved centre: its people can still log in, but see why and can do nothing. */
    @Transactional
    public void suspend(StaffMember admin, CentreId id, String reason) {
        CounsellingCentre centre = centre(admin, id);
        String why = clean(reason);
        if (why.isEmpty() || why.length() > MAX_ADDRESS) {
            throw new InvalidInput(List.of(new InvalidInput.Problem("reason", "admin.partners.error.reason")));
        }
        centres.changeStatus(centre.id(), Set.of(Status.APPROVED), Status.SUSPENDED, Optional.of(why), admin.id(),
                clock.instant());
    }

    /** Opens an account for the centre's own administrator, who then invites the centre's counsellors. */
    @Transactional
    public NewAccount createPartnerAdmin(StaffMember admin, CentreId id, String login, String displayName) {
        return partnerAccounts.open(centre(admin, id), login, displayName, StaffRole.PARTNER_ADMIN);
    }

    /** Locks or unlocks an account of one of the Jobcenter's centres. */
    @Transactional
    public void setActive(StaffMember admin, CentreId id, StaffId member, boolean active) {
        CounsellingCentre centre = centre(admin, id);
        StaffMember target = staff.byId(member).filter(found -> found.worksFor(centre.id()))
                .orElseThrow(() -> new NotFound("account " + member.value() + " of centre " + id.value()));
        staff.setActive(target.id(), active);
    }

    private JobcenterId require(StaffMember admin) {
        if (admin.role() != StaffRole.ADMINISTRATOR) {
            throw new NotAllowed("partner management needs the administrator role");
        }
        return admin.jobcenter();
    }

    private static String clean(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
