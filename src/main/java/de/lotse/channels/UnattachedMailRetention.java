package de.lotse.channels;

import java.sql.Timestamp;
import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.privacy.RetentionSweep;

/**
 * Original messages that belong to no concern (auto-replies, bounces, unreadable or held mail) lose their content,
 * sender and subject after {@code lotse.retention.unattached-inbound} (default 3 months): long enough to look into a
 * delivery problem, and no concern's retention would ever reach them. The row stays, without personal data, so that
 * the same message delivered again is still known as a repeat.
 */
@Configuration(proxyBeanMethods = false)
class UnattachedMailRetention {

    @Bean
    RetentionSweep unattachedMailSweep(JdbcClient jdbc,
            @Value("${lotse.retention.unattached-inbound:P3M}") Period period) {
        return new RetentionSweep("original message(s) without a concern", period, cutoff -> jdbc.sql("""
                UPDATE channel_inbound SET raw = NULL, sender = NULL, subject = NULL
                 WHERE concern_id IS NULL AND received_at < ?
                   AND (raw IS NOT NULL OR sender IS NOT NULL OR subject IS NOT NULL)""")
                .param(Timestamp.from(cutoff)).update());
    }
}
