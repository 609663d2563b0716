package de.lotse.accessibility;

import java.sql.Timestamp;
import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.privacy.RetentionSweep;

/**
 * Reported barriers go after {@code lotse.retention.accessibility-feedback} (default 12 months after they came in):
 * the person's words and maybe their name and address; the mailbox they were forwarded to keeps the working copy. A
 * report not yet forwarded stays until it has gone, so that none is lost unread.
 */
@Configuration(proxyBeanMethods = false)
class BarrierReportRetention {

    @Bean
    RetentionSweep barrierReportSweep(JdbcClient jdbc,
            @Value("${lotse.retention.accessibility-feedback:P12M}") Period period) {
        return new RetentionSweep("accessibility report(s)", period, cutoff -> jdbc
                .sql("DELETE FROM accessibility_feedback WHERE received_at < ? AND forwarded_at IS NOT NULL")
                .param(Timestamp.from(cutoff)).update());
    }
}
