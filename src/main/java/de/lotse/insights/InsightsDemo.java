package de.lotse.insights;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Site;
import de.lotse.organisation.Sites;

/**
 * Two years of made-up history in the projection on the embedded default (rows marked {@code demo}), so the
 * dashboard shows something at once: Poisson counts per site and legal subject with the problem mix of the Monitor
 * Verwaltungshandeln, and one planted rise — 18 more concerns on housing costs at Harburg in the current month, most about lost documents.
 * Made once, when there are no demo rows.
 */
@Component
@Order(11)
@ConditionalOnBooleanProperty("lotse.demo-data.enabled")
class InsightsDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InsightsDemo.class);
    static final String PLANTED_SITE = "harburg";
    static final String PLANTED_TOPIC = "HOUSING_AND_HEATING";
    static final int PLANTED_EXTRA = 18;

    private static final String[] TOPICS = {"HOUSING_AND_HEATING", "INCOME_AND_ASSETS", "CANCELLATION_AND_REFUND",
            "STANDARD_AND_ADDITIONAL_NEEDS", "ELIGIBILITY", "BENEFIT_REDUCTION", "INTEGRATION_INTO_WORK",
            "EDUCATION_AND_PARTICIPATION", "ONE_OFF_NEEDS_AND_LOANS", "OTHER", "UNKNOWN"};
    private static final double[] TOPIC_RATE = {4, 3.5, 3, 2.5, 1.5, 1.5, 1.5, 0.8, 0.8, 0.6, 0.8};
    private static final String[] PROBLEMS = {"REACHABILITY", "HANDLING_OF_DOCUMENTS", "PAYMENTS_AND_PROCESSING_TIME",
            "DIGITAL_SERVICE", "INTERPRETING_AND_LANGUAGE", "RESPECT_AND_CONDUCT", "UNKNOWN"};
    private static final double[] PROBLEM_SHARE = {0.40, 0.22, 0.20, 0.05, 0.03, 0.03, 0.07};
    private static final String[] SNIPPETS = {
            "Ich erreiche seit zwei Wochen niemanden am Telefon, die Hotline legt auf.",
            "Die Mietbescheinigung habe ich dreimal eingereicht, sie gilt als nicht eingegangen.",
            "Das Geld für diesen Monat ist nicht gekommen, der Weiterbewilligungsantrag liegt seit Wochen.",
            "Der Upload im Online-Portal bricht ab, ich kann keine Unterlagen hochladen.",
            "Ich verstehe den Bescheid nicht und brauche einen Dolmetscher für den Termin.",
            "Am Empfang wurde ich unfreundlich behandelt und weggeschickt.",
            "Ich habe eine Frage zu meinem Bescheid."};

    private final JdbcTemplate jdbc;
    private final Sites sites;
    private final CurrentJobcenter jobcenter;
    private final Clock clock;

    InsightsDemo(JdbcTemplate jdbc, Sites sites, CurrentJobcenter jobcenter, Clock clock) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.jobcenter = jobcenter;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Long demoRows = jdbc.queryForObject("SELECT count(*) FROM insight_concern WHERE demo", Long.class);
        if (demoRows != null && demoRows > 0) {
            return;
        }
        Random random = new Random(2026);
        YearMonth current = YearMonth.now(clock.withZone(HamburgCalendar.ZONE));
        List<Object[]> rows = new ArrayList<>();
        List<Site> all = sites.of(jobcenter.get().id());
        for (Site site : all) {
            double siteFactor = 0.6 + random.nextDouble() * 0.8;
            for (int t = 0; t < TOPICS.length; t++) {
                for (YearMonth month = current.minusMonths(23); !month.isAfter(current); month = month.plusMonths(1)) {
                    boolean planted = site.code().equals(PLANTED_SITE) && TOPICS[t].equals(PLANTED_TOPIC)
                            && month.equals(current);
                    long count = PoissonCounts.draw(random, TOPIC_RATE[t] * siteFactor) + (planted ? PLANTED_EXTRA : 0);
                    for (int k = 0; k < count; k++) {
                        rows.add(row(random, site, TOPICS[t], month, planted));
                    }
                }
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO insight_concern (pseudonym, jobcenter_id, site_id, received_month, received_week, legal_topic,
                       administrative_problem, channel, kind, existential, acknowledge_seconds, answer_seconds,
                       resolve_seconds, acknowledge_breached, answer_breached, callback_breached, same_day_breached,
                       outcome, outcome_cause, snippet, demo)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)""", rows);
        log.info("Insights demo: {} made-up projection rows over 24 months (rise planted: {} at {})", rows.size(),
                PLANTED_TOPIC, PLANTED_SITE);
    }

    private Object[] row(Random random, Site site, String topic, YearMonth month, boolean planted) {
        String problem = planted && random.nextDouble() < 0.7 ? "HANDLING_OF_DOCUMENTS" : pick(random);
        LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        String kind = random.nextDouble() < 0.5 ? "COMPLAINT" : random.nextDouble() < 0.6 ? "BENEFIT_CONFLICT"
                : random.nextDouble() < 0.7 ? "QUESTION" : "CALLBACK_REQUEST";
        boolean existential = random.nextDouble() < 0.06;
        boolean resolved = !month.equals(YearMonth.now(clock.withZone(HamburgCalendar.ZONE))) || random.nextDouble() < 0.4;
        long acknowledge = (long) (3_600 * (2 + random.nextExponential() * 30));
        long answer = acknowledge + (long) (86_400 * random.nextExponential() * 5);
        long resolve = answer + (long) (86_400 * random.nextExponential() * 8);
        String[] outcomes = {"GRANTED", "PARTLY_GRANTED", "NOT_GRANTED", "WITHDRAWN_OR_SETTLED", "REFERRED_TO_FORMAL_REMEDY"};
        String[] causes = {"DOCUMENTS_SUBMITTED_LATE", "LAW_APPLIED_WRONGLY", "COMMUNICATION", "PROCESSING_DELAY", "NONE"};
        return new Object[] {UUID.randomUUID(), jobcenter.get().id().value(), site.id().value(),
                Date.valueOf(month.atDay(1)), Date.valueOf(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
                topic, problem, random.nextDouble() < 0.55 ? "EMAIL" : random.nextDouble() < 0.6 ? "PHONE" : "NONE", kind,
                existential, acknowledge, answer, resolved ? resolve : null, acknowledge > 3 * 86_400,
                resolved && resolve > 14 * 86_400, kind.equals("CALLBACK_REQUEST") ? random.nextDouble() < 0.15 : null,
                existential ? random.nextDouble() < 0.1 : null, resolved ? outcomes[random.nextInt(outcomes.length)] : null,
                resolved ? causes[random.nextInt(causes.length)] : null,
                SNIPPETS[java.util.Arrays.asList(PROBLEMS).indexOf(problem)] + " (Demo)"};
    }

    private static String pick(Random random) {
        double u = random.nextDouble();
        for (int i = 0; i < PROBLEMS.length; i++) {
            u -= PROBLEM_SHARE[i];
            if (u < 0) {
                return PROBLEMS[i];
            }
        }
        return "UNKNOWN";
    }

}
