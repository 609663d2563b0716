package de.lotse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import de.lotse.IntegrationTest;

@IntegrationTest
class OperationsEndpointsIntegrationTest {

    private static final String TOKEN = "Bearer test-metrics-token";

    @Autowired MockMvc mvc;
    @Autowired HealthEndpointGroups healthGroups;

    @Test
    void liveness_and_readiness_are_up_for_everyone_without_details() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP")).andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/readyz")).andExpect(status().isOk());
        mvc.perform(get("/livez")).andExpect(status().isOk());
    }

    @Test
    void readiness_needs_the_database_but_not_the_mail_servers() {
        var readiness = healthGroups.get("readiness");
        assertThat(readiness.isMember("db")).isTrue();
        assertThat(readiness.isMember("readinessState")).isTrue();
        assertThat(readiness.isMember("mail")).isFalse();
        assertThat(healthGroups.get("liveness").isMember("db")).isFalse();
    }

    @Test
    void prometheus_is_refused_without_the_token_and_other_endpoints_stay_closed() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wrong-token")).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/env").header("Authorization", TOKEN)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").header("Authorization", TOKEN)).andExpect(status().isForbidden());
    }

    @Test
    void prometheus_shows_the_queues_without_personal_data() throws Exception {
        mvc.perform(post("/api/v1/concerns").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).content("""
                        {"kind":"QUESTION","description":"Metrik-Probe ohne Bedeutung.","postcode":"20095",
                         "contactChannel":"EMAIL","email":"metrics-probe@example.org","name":"Mira Metrik"}"""))
                .andExpect(status().isCreated());

        String scrape = mvc.perform(get("/actuator/prometheus").header("Authorization", TOKEN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lotse_concerns_open{application=\"lotse\",status=\"RECEIVED\"}")))
                .andExpect(content().string(containsString("lotse_concerns_open_existential{")))
                .andExpect(content().string(containsString("lotse_service_levels_overdue{application=\"lotse\",level=\"ANSWER\"}")))
                .andExpect(content().string(containsString("lotse_service_levels_breached_total{")))
                .andExpect(content().string(containsString("lotse_deliveries_queued{application=\"lotse\",channel=\"email\"}")))
                .andExpect(content().string(containsString("lotse_outbox_incomplete{")))
                .andExpect(content().string(containsString("lotse_outbox_oldest_age_seconds{")))
                .andExpect(content().string(containsString("lotse_scheduler_tasks_due{")))
                .andExpect(content().string(containsString("hikaricp_connections_active{")))
                .andExpect(content().string(not(containsString("example.org"))))
                .andExpect(content().string(not(containsString("Metrik"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(value(scrape, "lotse_concerns_received_total\\{application=\"lotse\",channel=\"api\"}")).isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "lotse_concerns_open\\{application=\"lotse\",status=\"RECEIVED\"}")).isGreaterThanOrEqualTo(0);
    }

    private static double value(String scrape, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(scrape);
        assertThat(matcher.find()).as("series %s in%n%s", series, scrape).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
