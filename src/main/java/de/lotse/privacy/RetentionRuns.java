package de.lotse.privacy;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.lotse.organisation.JobcenterId;

/**
 * How a module applies the retention periods to its own tables: per Jobcenter, in batches, each batch one transaction
 * (anonymised everywhere or not at all; a crash loses at most the batch in hand, which the next run takes again),
 * until a batch comes back short.
 */
@Component
public class RetentionRuns {

    /** Anonymises up to {@code limit} records of the Jobcenter that ended before the cutoff; returns how many. */
    @FunctionalInterface
    public interface Batch {
        int anonymise(JobcenterId jobcenter, Instant endedBefore, int limit);
    }

    public static final int BATCH_SIZE = 100;
    private static final Logger log = LoggerFactory.getLogger(RetentionRuns.class);

    private final RetentionPolicies policies;
    private final TransactionTemplate transactions;

    RetentionRuns(RetentionPolicies policies, TransactionTemplate transactions) {
        this.policies = policies;
        this.transactions = transactions;
    }

    /**
     * @param what what is anonymised, for the log
     * @param cutoff the moment before which a record's end must lie, from the Jobcenter's policy and now
     */
    public int run(String what, List<JobcenterId> jobcenters, Instant now,
            BiFunction<RetentionPolicy, Instant, Instant> cutoff, Batch batch) {
        int anonymised = 0;
        for (JobcenterId jobcenter : jobcenters) {
            Instant endedBefore = cutoff.apply(policies.of(jobcenter), now);
            int done;
            do {
                Integer counted = transactions.execute(status -> batch.anonymise(jobcenter, endedBefore, BATCH_SIZE));
                done = counted == null ? 0 : counted;
                anonymised += done;
            } while (done == BATCH_SIZE);
        }
        if (anonymised > 0) {
            log.info("Retention: {} {} anonymised", anonymised, what);
        }
        return anonymised;
    }
}
