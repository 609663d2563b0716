package de.lotse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.IntegrationTest;

/** The embedded default is a database a citizen's concern can rely on, not a throw-away test database. */
@IntegrationTest
class EmbeddedDatabaseIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired EmbeddedPostgresServer server;

    private String show(String setting) {
        return jdbc.sql("SHOW " + setting).query(String.class).single();
    }

    @Test
    void writes_reach_the_disk_before_a_commit_returns() {
        assertThat(show("fsync")).isEqualTo("on");
        assertThat(show("synchronous_commit")).isEqualTo("on");
        assertThat(show("full_page_writes")).isEqualTo("on");
    }

    @Test
    void searches_text_in_german() {
        assertThat(show("default_text_search_config")).isEqualTo("pg_catalog.german");
        assertThat(jdbc.sql("SELECT to_tsvector('Bescheide') @@ to_tsquery('Bescheid')").query(Boolean.class).single()).isTrue();
    }

    @Test
    void nobody_gets_in_without_the_password() {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl()).close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }
}
