package de.lotse.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Login through the Jobcenter's identity provider (Keycloak or any OIDC provider). The person must have a Lotse
 * account of the same login name (it holds their sites); their role comes from the token when it carries one
 * ({@code roles} or Keycloak's {@code realm_access.roles}, e.g. {@code lotse-site-manager}), so the identity
 * provider stays in charge of who does what.
 */
@Service
public class StaffOidcLogin implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String ROLE_PREFIX = "lotse-";

    private final StaffMembers staff;
    private final OidcUserService idTokenReader = new OidcUserService();

    StaffOidcLogin(StaffMembers staff) {
        this.staff = staff;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = idTokenReader.loadUser(request);
        String login = Optional.ofNullable(user.getPreferredUsername()).orElse(user.getSubject());
        StaffMembers.Account account = staff.accountByLogin(login).filter(StaffMembers.Account::active)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_staff_member",
                        "No active Lotse account for " + login, null)));
        StaffMember member = account.member();
        Optional<StaffRole> roleFromToken = roleIn(user.getClaims());
        if (member.role().partner()) {
            // Counsellors are not Jobcenter staff: they log in with their Lotse password, never through the IdP.
            throw new OAuth2AuthenticationException(new OAuth2Error("not_jobcenter_staff",
                    "A counsellor's account cannot log in through the Jobcenter's identity provider", null));
        }
        StaffMember withRole = roleFromToken.map(role -> new StaffMember(member.id(), member.jobcenter(), member.login(),
                member.displayName(), role, member.sites())).orElse(member);
        return StaffPrincipal.fromIdentityProvider(withRole, user.getIdToken());
    }

    /** The first Lotse role named in the token: {@code lotse-agent}, {@code lotse-site-manager}, … */
    static Optional<StaffRole> roleIn(Map<String, Object> claims) {
        Stream<Object> roles = Stream.concat(list(claims.get("roles")),
                claims.get("realm_access") instanceof Map<?, ?> realm ? list(realm.get("roles")) : Stream.empty());
        return roles.map(String::valueOf)
                .filter(role -> role.startsWith(ROLE_PREFIX))
                .map(role -> role.substring(ROLE_PREFIX.length()).replace('-', '_').toUpperCase(Locale.ROOT))
                .flatMap(name -> Stream.of(StaffRole.values()).filter(role -> role.name().equals(name)))
                .filter(role -> !role.partner()) // the Jobcenter's identity provider cannot make anyone a counsellor
                .findFirst();
    }

    private static Stream<Object> list(Object claim) {
        return claim instanceof Collection<?> values ? values.stream().map(Object.class::cast) : Stream.empty();
    }

    static List<String> knownRoleNames() {
        return Stream.of(StaffRole.values()).filter(role -> !role.partner()).map(role -> ROLE_PREFIX + role.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
    }
}
