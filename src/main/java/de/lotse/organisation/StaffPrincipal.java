package de.lotse.organisation;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A logged-in staff member, as Spring Security keeps it in the session. Never holds the password after login. */
public final class StaffPrincipal implements UserDetails {

    private final StaffMember member;
    private final String passwordHash;
    private final boolean locked;
    private final boolean active;

    StaffPrincipal(StaffMember member, String passwordHash, boolean locked, boolean active) {
        this.member = member;
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.active = active;
    }

    public StaffMember member() {
        return member;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_STAFF"), new SimpleGrantedAuthority("ROLE_" + member.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return member.login();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + member.login() + ", " + member.role() + "]";
    }
}
