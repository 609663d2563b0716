package de.lotse.runtime;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * With no {@code spring.datasource.url}, Lotse brings its own PostgreSQL; with one, this stays out of the way and
 * Spring Boot's own data source configuration takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDefault.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(@Value("${lotse.data-dir:./data}") Path dataDirectory,
            @Value("${lotse.embedded-postgres.port:0}") int port) throws IOException {
        return EmbeddedPostgresServer.start(dataDirectory.resolve("postgres"), port);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server,
            @Value("${lotse.embedded-postgres.pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setPassword(server.password());
        config.setPoolName("lotse-embedded");
        config.setMaximumPoolSize(poolSize);
        return new HikariDataSource(config);
    }
}
