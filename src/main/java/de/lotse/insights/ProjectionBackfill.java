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

/**
 * Projects the concerns that were there before the insights were: once, at the first start with this module, page by
 * page through the case core's public query. Concerns that already have a row are left to the listener.
 */
@Component
@Order(10)
class ProjectionBackfill implements ApplicationRunner {

    static final String NAME = "concerns";
    private static final int PAGE = 500;
    private static final Logger log = LoggerFactory.getLogger(ProjectionBackfill.class);

    private final ConcernFactSheets facts;
    private final ConcernProjection projection;
    private final ProjectedConcerns rows;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProjectionBackfill(ConcernFactSheets facts, ConcernProjection projection, ProjectedConcerns rows, JdbcClient jdbc,
            TransactionTemplate transactions, Clock clock) {
        this.facts = facts;
        this.projection = projection;
        this.rows = rows;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        boolean done = jdbc.sql("SELECT count(*) FROM insight_backfill WHERE name = ?").param(NAME).query(Long.class)
                .single() > 0;
        if (!done) {
            int written = backfill();
            jdbc.sql("INSERT INTO insight_backfill (name, completed_at, rows_written) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(NAME, Timestamp.from(clock.instant()), written).update();
            log.info("Insights: {} existing concerns projected", written);
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
}
