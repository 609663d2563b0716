package de.lotse.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A logged-in staff member, as Spring Security keeps it in the session, whether they logged in with a local password
 * or through the Jobcenter's identity provider (OIDC). Never holds the password after login.
 */
public final class StaffPrincipal implements UserDetails, OidcUser {

    private final StaffMember member;
    private final String passwordHash;
    private final boolean locked;
    private final boolean active;
    private final OidcIdToken idToken;

    StaffPrincipal(StaffMember member, String passwordHash, boolean locked, boolean active) {
        this(member, passwordHash, locked, active, null);
    }

    private StaffPrincipal(StaffMember member, String passwordHash, boolean locked, boolean active, OidcIdToken idToken) {
        this.member = member;
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.active = active;
        this.idToken = idToken;
    }

    static StaffPrincipal fromIdentityProvider(StaffMember member, OidcIdToken idToken) {
        return new StaffPrincipal(member, null, false, true, idToken);
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken == null ? Map.of() : idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public String getName() {
        return member.login();
    }

    public StaffMember member() {
        return member;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        // Counsellors are partners, not staff: the staff area stays closed to them, the partner area open.
        return List.of(new SimpleGrantedAuthority(member.role().partner() ? "ROLE_PARTNER" : "ROLE_STAFF"),
                new SimpleGrantedAuthority("ROLE_" + member.role().name()));
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
