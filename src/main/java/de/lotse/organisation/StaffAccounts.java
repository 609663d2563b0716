package de.lotse.organisation;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Creates staff accounts; passwords are stored as bcrypt hashes (with the algorithm's id, so it can change later). */
@Configuration(proxyBeanMethods = false)
public class StaffAccounts {

    private final StaffMembers staff;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    StaffAccounts(StaffMembers staff) {
        this.staff = staff;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return passwords;
    }

    @Transactional
    public StaffMember create(JobcenterId jobcenter, String login, String displayName, StaffRole role, Set<SiteId> sites,
            String password) {
        StaffMember member = new StaffMember(new StaffId(UUID.randomUUID()), jobcenter, login, displayName, role, sites);
        staff.insert(member, passwords.encode(password));
        return member;
    }

    /** A counsellor's account (or a partner administrator's) at a counselling centre: no sites. */
    @Transactional
    public StaffMember createCounsellor(JobcenterId jobcenter, CentreId centre, String login, String displayName,
            StaffRole role, String password) {
        if (!role.partner()) {
            throw new IllegalArgumentException("Not a counselling centre's role: " + role);
        }
        StaffMember member = new StaffMember(new StaffId(UUID.randomUUID()), jobcenter, login, displayName, role, Set.of(),
                Optional.of(centre));
        staff.insert(member, passwords.encode(password));
        return member;
    }

    public boolean exists(String login) {
        return staff.exists(login);
    }
}
