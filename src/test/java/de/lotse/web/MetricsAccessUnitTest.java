package de.lotse.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

class MetricsAccessUnitTest {

    private static boolean granted(MockEnvironment environment, MockHttpServletRequest request) {
        return new MetricsAccess(environment).authorize(() -> null, new RequestAuthorizationContext(request)).isGranted();
    }

    private static MockHttpServletRequest on(int port) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setLocalPort(port);
        return request;
    }

    @Test
    void scrapes_on_the_separate_management_port_are_let_in() {
        MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "8080")
                .withProperty("local.management.port", "8081");
        assertThat(granted(environment, on(8081))).isTrue();
        assertThat(granted(environment, on(8080))).isFalse();
    }

    @Test
    void without_a_separate_management_port_only_the_token_opens_the_metrics() {
        MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "8080")
                .withProperty("lotse.metrics.token", "s3cret-token");
        MockHttpServletRequest withToken = on(8080);
        withToken.addHeader("Authorization", "Bearer s3cret-token");
        MockHttpServletRequest wrongToken = on(8080);
        wrongToken.addHeader("Authorization", "Bearer s3cret-tokeN");
        assertThat(granted(environment, withToken)).isTrue();
        assertThat(granted(environment, wrongToken)).isFalse();
        assertThat(granted(environment, on(8080))).isFalse();
    }

    @Test
    void an_empty_token_setting_never_matches_an_empty_bearer() {
        MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "8080")
                .withProperty("lotse.metrics.token", "");
        MockHttpServletRequest emptyBearer = on(8080);
        emptyBearer.addHeader("Authorization", "Bearer ");
        assertThat(granted(environment, emptyBearer)).isFalse();
    }
}
