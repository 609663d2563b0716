package de.lotse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameAncestorsUnitTest {

    @Test
    void any_site_by_default() {
        assertThat(FrameAncestors.directive("*")).isEqualTo("*");
    }

    @Test
    void a_list_of_homepage_origins_separated_by_commas_or_spaces() {
        assertThat(FrameAncestors.directive("https://www.team-arbeit-hamburg.de, https://*.hamburg.de  http://localhost:8081"))
                .isEqualTo("https://www.team-arbeit-hamburg.de https://*.hamburg.de http://localhost:8081");
    }

    @Test
    void refuses_what_would_change_the_rest_of_the_policy() {
        assertThatThrownBy(() -> FrameAncestors.directive("*; script-src *")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frame-ancestors");
        assertThatThrownBy(() -> FrameAncestors.directive("'unsafe-inline'")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrameAncestors.directive("https://evil.example/path")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrameAncestors.directive(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
