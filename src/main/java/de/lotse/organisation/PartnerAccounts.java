package de.lotse.organisation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import de.lotse.organisation.OrganisationAdministration.NewAccount;

/** Opens accounts at a counselling centre, for the Jobcenter's administrator and for the centre's own administrator. */
@Component
class PartnerAccounts {

    static final int MAX_NAME = 200;

    private final StaffAccounts accounts;

    PartnerAccounts(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    NewAccount open(CounsellingCentre centre, String login, String displayName, StaffRole role) {
        String cleanLogin = LoginName.clean(login);
        String name = displayName == null ? "" : displayName.strip();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (!LoginName.valid(cleanLogin)) {
            problems.add(new InvalidInput.Problem("login", "partner.account.error.login"));
        } else if (accounts.exists(cleanLogin)) {
            problems.add(new InvalidInput.Problem("login", "partner.account.error.loginTaken"));
        }
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(new InvalidInput.Problem("name", "partner.account.error.name"));
        }
        if (role == null || !role.partner()) {
            problems.add(new InvalidInput.Problem("role", "partner.account.error.role"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String password = InitialPasswords.generate();
        return new NewAccount(accounts.createCounsellor(centre.jobcenter(), centre.id(), cleanLogin, name, role, password),
                password);
    }
}
