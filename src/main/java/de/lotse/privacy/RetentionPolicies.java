package de.lotse.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

/**
 * Each Jobcenter's retention periods: its administrators' choice, else the installation's defaults. The modules that
 * hold personal data ask here and anonymise their own tables.
 */
@Service
public class RetentionPolicies {

    private static final Logger log = LoggerFactory.getLogger(RetentionPolicies.class);

    /** What an administrator typed; each field is checked, and every problem named. */
    public record Draft(String concernMonths, String referralMonths) {
        public static Draft of(RetentionPolicy policy) {
            return new Draft(String.valueOf(policy.concernMonths()), String.valueOf(policy.referralMonths()));
        }
    }

    /** The fields that cannot be taken, by name. */
    public static class InvalidPolicy extends RuntimeException {
        private final transient List<String> fields;

        InvalidPolicy(List<String> fields) {
            super("Invalid retention policy: " + fields);
            this.fields = List.copyOf(fields);
        }

        public List<String> fields() {
            return fields;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RetentionPolicy defaults;

    RetentionPolicies(JdbcClient jdbc, Clock clock, @Value("${lotse.retention.concern-months:24}") int concernMonths,
            @Value("${lotse.retention.referral-months:24}") int referralMonths) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.defaults = new RetentionPolicy(concernMonths, referralMonths);
    }

    public RetentionPolicy defaults() {
        return defaults;
    }

    public RetentionPolicy of(JobcenterId jobcenter) {
        return jdbc.sql("SELECT concern_months, referral_months FROM retention_policy WHERE jobcenter_id = ?")
                .param(jobcenter.value())
                .query((rs, row) -> new RetentionPolicy(rs.getInt("concern_months"), rs.getInt("referral_months")))
                .optional().orElse(defaults);
    }

    /**
     * @throws NotAllowed for anyone but an administrator
     * @throws InvalidPolicy when a field is not a whole number of months within the allowed range
     */
    @Transactional
    public RetentionPolicy change(StaffMember admin, Draft typed) {
        if (admin.role() != StaffRole.ADMINISTRATOR) {
            throw new NotAllowed("retention periods are set by administrators");
        }
        List<String> wrong = new ArrayList<>();
        int concerns = months(typed.concernMonths(), "concernMonths", wrong);
        int referrals = months(typed.referralMonths(), "referralMonths", wrong);
        if (!wrong.isEmpty()) {
            throw new InvalidPolicy(wrong);
        }
        RetentionPolicy before = of(admin.jobcenter());
        RetentionPolicy policy = new RetentionPolicy(concerns, referrals);
        jdbc.sql("""
                INSERT INTO retention_policy (jobcenter_id, concern_months, referral_months, changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (jobcenter_id) DO UPDATE
                   SET concern_months = excluded.concern_months, referral_months = excluded.referral_months,
                       changed_at = excluded.changed_at, changed_by = excluded.changed_by""")
                .params(admin.jobcenter().value(), concerns, referrals, Timestamp.from(clock.instant()),
                        admin.id().value())
                .update();
        log.info("Retention periods changed by staff {}: {} -> {}", admin.id().value(), before, policy);
        return policy;
    }

    private static int months(String typed, String field, List<String> wrong) {
        try {
            int months = Integer.parseInt(typed == null ? "" : typed.strip());
            if (RetentionPolicy.allowed(months)) {
                return months;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        wrong.add(field);
        return 0;
    }
}
