package de.lotse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.zaxxer.hikari.HikariDataSource;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;

/**
 * The database goes away (every connection cut, new ones refused) and comes back: meanwhile pages that need it say so
 * in the reader's language with 503 and Retry-After, the API answers problem details, nothing is half-written, and a
 * form sent again afterwards arrives once.
 */
@IntegrationTest
class DatabaseOutageIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired EmbeddedPostgresServer postgres;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    private final RequestPostProcessor client = request -> {
        request.setRemoteAddr("10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
        return request;
    };

    @Test
    void while_the_database_is_away_pages_answer_503_and_afterwards_the_same_form_arrives_once() throws Exception {
        String text = "Ausfallprobe " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        MockHttpServletRequestBuilder form = post("/anliegen").with(RealCsrf.from(mvc)).with(client)
                .param("idempotencyKey", key).param("kind", "QUESTION").param("description", text)
                .param("postcode", "20095").param("contactChannel", "NONE").param("preferredLanguage", "de");
        String earlierStatus = mvc.perform(post("/anliegen").with(RealCsrf.from(mvc)).with(client)
                .param("idempotencyKey", UUID.randomUUID().toString()).param("kind", "QUESTION")
                .param("description", "Vor dem Ausfall gesendet.").param("postcode", "20095")
                .param("contactChannel", "NONE").param("preferredLanguage", "de"))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl().replace("?neu=1", "");

        databaseAway(true);
        try {
            mvc.perform(form).andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "30"))
                    .andExpect(content().string(allOf(containsString("Lotse ist gerade nicht erreichbar"),
                            containsString("noch einmal senden"), not(containsString("Exception")),
                            not(containsString("SQL")))));
            mvc.perform(get(earlierStatus).param("lang", "en").with(client)).andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(containsString("Lotse is not available right now")));
            mvc.perform(get(earlierStatus).param("lang", "de-LS").with(client)).andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(containsString("Lotse geht gerade nicht")));
            mvc.perform(post("/api/v1/concerns").with(client).contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .content("{\"kind\":\"QUESTION\",\"description\":\"" + text + "\",\"contactChannel\":\"NONE\"}"))
                    .andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "30"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:lotse:problem:service-unavailable"));
            mvc.perform(get("/")).andExpect(status().isOk());
        } finally {
            databaseAway(false);
        }

        assertThat(concernsWith(text)).as("nothing half-written").isZero();
        mvc.perform(form).andExpect(status().isSeeOther());
        mvc.perform(form).andExpect(status().isSeeOther());
        assertThat(concernsWith(text)).isEqualTo(1);
        mvc.perform(get(earlierStatus).with(client)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vor dem Ausfall gesendet.")));
    }

    @Test
    void a_staff_login_while_the_database_is_away_gets_the_503_page_not_an_error() throws Exception {
        var csrf = RealCsrf.from(mvc);
        databaseAway(true);
        try {
            mvc.perform(post("/anmelden").with(csrf).with(client).param("login", "agent.mitte").param("password", "x"))
                    .andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "30"))
                    .andExpect(content().string(allOf(containsString("Lotse ist gerade nicht erreichbar"),
                            not(containsString("Exception")))));
        } finally {
            databaseAway(false);
        }
        mvc.perform(post("/anmelden").with(RealCsrf.from(mvc)).with(client).param("login", "agent.mitte")
                .param("password", "falsch")).andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/anmelden?fehler")));
    }

    private long concernsWith(String text) {
        return jdbc.sql("SELECT count(*) FROM concern WHERE description = ?").param(text).query(Long.class).single();
    }

    /** Cuts Lotse's connections and refuses new ones, as a database server that went down does; or lets them in again. */
    private void databaseAway(boolean away) throws SQLException {
        String url = postgres.jdbcUrl().replace("/" + EmbeddedPostgresServer.DATABASE + "?", "/postgres?");
        try (Connection admin = DriverManager.getConnection(url, "postgres", postgres.password());
             Statement statement = admin.createStatement()) {
            statement.execute("ALTER DATABASE " + EmbeddedPostgresServer.DATABASE + " ALLOW_CONNECTIONS " + !away);
            if (away) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + EmbeddedPostgresServer.DATABASE + "'");
            }
        }
        if (!away) {
            // The pool checks a connection before lending it only after 500 ms of idleness; a test's outage is shorter
            // than a real one, so cut connections could still be lent to the next statement (here or in the next test).
            dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        }
    }
}
