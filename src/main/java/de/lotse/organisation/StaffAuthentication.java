package de.lotse.organisation;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Local login for staff. After {@code lotse.login.max-failures} wrong passwords in a row the account is locked for
 * {@code lotse.login.lock-duration}, so a password cannot be guessed online; a right password resets the count.
 */
@Service
class StaffAuthentication implements UserDetailsService {

    private final StaffMembers staff;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    StaffAuthentication(StaffMembers staff, Clock clock, @Value("${lotse.login.max-failures:5}") int maxFailures,
            @Value("${lotse.login.lock-duration:15m}") Duration lockDuration) {
        this.staff = staff;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        StaffMembers.Account account = staff.accountByLogin(login.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No staff member " + login));
        return new StaffPrincipal(account.member(), account.passwordHash().orElse(null), account.lockedAt(clock.instant()),
                account.active() && account.passwordHash().isPresent());
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent failure) {
        staff.recordFailedLogin(String.valueOf(failure.getAuthentication().getName()).strip(), maxFailures,
                clock.instant().plus(lockDuration));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent success) {
        if (success.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
            staff.recordSuccessfulLogin(principal.getUsername());
        }
    }
}
