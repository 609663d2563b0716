package de.lotse.insights;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.lotse.concerns.ConcernFactSheets;
import de.lotse.concerns.ConcernId;
import de.lotse.directline.ReferralId;
import de.lotse.directline.SettledReferrals;

/**
 * Projects the concerns and the settled referrals that were there before the insights were: each once, at the first
 * start with this module (or with the referrals' backfill), page by page through their modules' public queries. Rows
 * already written by the listeners are left as they are.
 */
@Component
@Order(10)
class ProjectionBackfill implements ApplicationRunner {

    static final String NAME = "concerns";
    static final String REFERRALS = "referrals";
    private static final int PAGE = 500;
    private static final Logger log = LoggerFactory.getLogger(ProjectionBackfill.class);

    private final ConcernFactSheets facts;
    private final ConcernProjection projection;
    private final SettledReferrals settled;
    private final ReferralProjection referrals;
    private final ProjectedConcerns rows;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProjectionBackfill(ConcernFactSheets facts, ConcernProjection projection, SettledReferrals settled,
            ReferralProjection referrals, ProjectedConcerns rows, JdbcClient jdbc, TransactionTemplate transactions,
            Clock clock) {
        this.facts = facts;
        this.projection = projection;
        this.settled = settled;
        this.referrals = referrals;
        this.rows = rows;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        once(NAME, this::backfill);
        once(REFERRALS, this::backfillReferrals);
    }

    private void once(String name, java.util.function.IntSupplier backfill) {
        boolean done = jdbc.sql("SELECT count(*) FROM insight_backfill WHERE name = ?").param(name).query(Long.class)
                .single() > 0;
        if (!done) {
            int written = backfill.getAsInt();
            jdbc.sql("INSERT INTO insight_backfill (name, completed_at, rows_written) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(name, Timestamp.from(clock.instant()), written).update();
            log.info("Insights: {} existing {} projected", written, name);
        }
    }

    /** Projects every concern without a row; returns how many rows were written. */
    int backfill() {
        int written = 0;
        Optional<ConcernId> after = Optional.empty();
        List<ConcernId> page;
        do {
            page = facts.idsAfter(after, PAGE);
            for (ConcernId id : page) {
                if (!rows.contains(projection.pseudonymOf(id))) {
                    written += Boolean.TRUE.equals(transactions.execute(status -> projection.refresh(id))) ? 1 : 0;
                }
            }
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1));
        } while (page.size() == PAGE);
        return written;
    }

    /** Projects every settled referral without a row, in the month it was settled; returns how many rows were written. */
    int backfillReferrals() {
        int written = 0;
        Optional<ReferralId> after = Optional.empty();
        List<SettledReferrals.Settled> page;
        do {
            page = settled.after(after, PAGE);
            for (SettledReferrals.Settled referral : page) {
                written += referrals.write(referral, false) ? 1 : 0;
            }
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).referral());
        } while (page.size() == PAGE);
        return written;
    }
}
