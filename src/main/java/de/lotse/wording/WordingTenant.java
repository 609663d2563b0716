package de.lotse.wording;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.StaffPrincipal;

/**
 * Whose wording a text is looked up in: a logged-in staff member's own Jobcenter; otherwise (citizens' pages, mails
 * sent from the outbox) the Jobcenter this installation serves.
 */
@Component
class WordingTenant {

    private final CurrentJobcenter installation;
    private volatile JobcenterId served;

    WordingTenant(CurrentJobcenter installation) {
        this.installation = installation;
    }

    Optional<JobcenterId> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return Optional.of(staff.member().jobcenter());
        }
        return served();
    }

    private Optional<JobcenterId> served() {
        JobcenterId known = served;
        if (known == null) {
            try {
                known = installation.get().id();
                served = known; // fixed per installation
            } catch (RuntimeException notSetUp) {
                return Optional.empty(); // not set up yet, or no database: the shipped texts
            }
        }
        return Optional.of(known);
    }
}
