package de.lotse.runtime;

import java.io.IOException;
import java.nio.file.Path;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.ClassUtils;

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

    /**
     * Beans that reach the database on shutdown must stop before the embedded PostgreSQL does. Spring orders shutdown
     * by declared dependencies only, and Spring Modulith's event registry writes to the database in its destroy
     * method through a dependency Spring cannot see; without this it waits 30 s for a connection that never comes.
     */
    @Bean
    static BeanFactoryPostProcessor stopDatabaseUsersBeforeEmbeddedPostgres() {
        return beanFactory -> {
            for (String user : List.of("com.github.kagkarlsson.scheduler.Scheduler",
                    "org.springframework.modulith.events.core.EventPublicationRegistry",
                    "org.springframework.modulith.events.core.EventPublicationRepository", JdbcOperations.class.getName(),
                    JdbcClient.class.getName(), PlatformTransactionManager.class.getName())) {
                if (!ClassUtils.isPresent(user, beanFactory.getBeanClassLoader())) {
                    continue;
                }
                Class<?> type = ClassUtils.resolveClassName(user, beanFactory.getBeanClassLoader());
                for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
                    BeanDefinition definition = beanFactory.getBeanDefinition(name);
                    Set<String> dependsOn = new LinkedHashSet<>();
                    if (definition.getDependsOn() != null) {
                        dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
                    }
                    dependsOn.add("embeddedPostgresServer");
                    definition.setDependsOn(dependsOn.toArray(String[]::new));
                }
            }
        };
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server,
            @Value("${lotse.embedded-postgres.pool-size:10}") int poolSize,
            @Value("${lotse.embedded-postgres.connection-timeout:5s}") java.time.Duration connectionTimeout) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setPassword(server.password());
        config.setPoolName("lotse-embedded");
        config.setMaximumPoolSize(poolSize);
        // With the database away, a request fails fast into the 503 page instead of waiting Hikari's 30 s.
        config.setConnectionTimeout(connectionTimeout.toMillis());
        return new HikariDataSource(config);
    }
}
