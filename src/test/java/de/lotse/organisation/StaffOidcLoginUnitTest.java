package de.lotse.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StaffOidcLoginUnitTest {

    @Test
    void reads_the_role_from_a_roles_claim() {
        assertThat(StaffOidcLogin.roleIn(Map.of("roles", List.of("offline_access", "lotse-site-manager"))))
                .contains(StaffRole.SITE_MANAGER);
    }

    @Test
    void reads_the_role_from_keycloaks_realm_access() {
        assertThat(StaffOidcLogin.roleIn(Map.of("realm_access", Map.of("roles", List.of("lotse-quality-management")))))
                .contains(StaffRole.QUALITY_MANAGEMENT);
    }

    @Test
    void ignores_roles_that_are_not_lotse_roles() {
        assertThat(StaffOidcLogin.roleIn(Map.of("roles", List.of("admin", "lotse-superuser")))).isEmpty();
        assertThat(StaffOidcLogin.roleIn(Map.of())).isEmpty();
        assertThat(StaffOidcLogin.knownRoleNames()).contains("lotse-agent", "lotse-area-manager");
    }
}
