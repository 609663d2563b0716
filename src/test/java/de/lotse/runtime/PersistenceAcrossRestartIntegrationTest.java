package de.lotse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import de.lotse.LotseApplication;
import de.lotse.concerns.CitizenAccess;
import de.lotse.concerns.CitizenView;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.Receipt;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The embedded default keeps its data: a concern taken before a restart is there after it, link included. */
class PersistenceAcrossRestartIntegrationTest {

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplication(LotseApplication.class).run(
                "--lotse.data-dir=" + dataDirectory,
                "--server.port=0",
                "--lotse.embedded-mail.smtp-port=0",
                "--lotse.embedded-mail.imap-port=0",
                "--lotse.embedded-mail.intake-port=0",
                "--spring.main.banner-mode=off");
    }

    @Test
    void a_concern_and_its_status_link_survive_a_restart() throws Exception {
        Path dataDirectory = Files.createTempDirectory(Path.of("target"), "restart-");
        Receipt receipt;
        try (ConfigurableApplicationContext first = start(dataDirectory)) {
            receipt = first.getBean(ConcernIntake.class).submit(new ConcernDraft("QUESTION", null, null,
                    "Gilt mein Bescheid noch nach dem Umzug?", null, null, null, "20095", false, "NONE", null, null,
                    "de", false), Optional.empty());
        }

        try (ConfigurableApplicationContext second = start(dataDirectory)) {
            CitizenView view = second.getBean(CitizenAccess.class).open(receipt.secret().value(), "restart-test", "test");
            assertThat(view.reference()).isEqualTo(receipt.reference());
            assertThat(view.description()).isEqualTo("Gilt mein Bescheid noch nach dem Umzug?");
        }
        assertThat(dataDirectory.resolve("secret-key")).exists();
        assertThat(dataDirectory.resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void a_second_lotse_on_the_same_data_directory_is_refused_and_the_first_keeps_running() throws Exception {
        Path dataDirectory = Files.createTempDirectory(Path.of("target"), "twice-");
        try (ConfigurableApplicationContext first = start(dataDirectory)) {
            assertThatThrownBy(() -> start(dataDirectory).close())
                    .rootCause().hasMessageContaining("Another Lotse is running on");
            assertThat(first.getBean(ConcernIntake.class).submit(new ConcernDraft("QUESTION", null, null,
                    "Noch da?", null, null, null, null, false, "NONE", null, null, "de", false), Optional.empty()))
                    .isNotNull();
        }
    }

    @Test
    void with_a_datasource_url_it_uses_that_database_and_starts_none_of_its_own() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext lotse = new SpringApplication(LotseApplication.class).run(
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres",
                    "--lotse.secret-key=" + Base64.getEncoder().encodeToString(new byte[32]),
                    "--lotse.demo-data.enabled=true",
                    "--server.port=0",
                    "--lotse.embedded-mail.smtp-port=0",
                    "--lotse.embedded-mail.imap-port=0",
                    "--lotse.embedded-mail.intake-port=0",
                    "--spring.main.banner-mode=off")) {
                assertThat(lotse.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
                Receipt receipt = lotse.getBean(ConcernIntake.class).submit(new ConcernDraft("QUESTION", null, null,
                        "Extern gespeichert?", null, null, null, null, false, "NONE", null, null, "de", false),
                        Optional.empty());
                try (var connection = external.getPostgresDatabase().getConnection();
                     var statement = connection.prepareStatement("SELECT count(*) FROM concern WHERE reference = ?")) {
                    statement.setString(1, receipt.reference().value());
                    var result = statement.executeQuery();
                    result.next();
                    assertThat(result.getInt(1)).isEqualTo(1);
                }
            }
        }
    }
}
