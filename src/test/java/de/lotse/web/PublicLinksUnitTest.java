package de.lotse.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PublicLinksUnitTest {

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void linkFromTheRequestKeepsItsQuery() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/beratung");
        request.setServerName("lotse.example.de");
        request.setServerPort(8080);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(new PublicLinks("").to("/beratung?bezirk=ALTONA&thema=DEBT"))
                .isEqualTo("http://lotse.example.de:8080/beratung?bezirk=ALTONA&thema=DEBT");
    }

    @Test
    void configuredAddressIsUsedWithoutItsTrailingSlash() {
        assertThat(new PublicLinks("https://lotse.example.de/").to("/status/abc?lang=en"))
                .isEqualTo("https://lotse.example.de/status/abc?lang=en");
    }
}
