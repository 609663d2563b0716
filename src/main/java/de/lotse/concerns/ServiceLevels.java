package de.lotse.concerns;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.StaffId;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

/**
 * The service targets of each Jobcenter: what its administrators set, or the installation's defaults
 * ({@code lotse.sla.*}) until they do. Read from the database on each use (one row by key), so that every instance of
 * Lotse applies a change at once.
 */
@Service
public class ServiceLevels {

    /** A change of a Jobcenter's service targets, for the record. */
    public record ServiceTargetsChanged(JobcenterId jobcenter, ServiceTargets before, ServiceTargets after, StaffId by) {
    }

    private final JdbcClient jdbc;
    private final HamburgCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ServiceTargets defaults;

    ServiceLevels(JdbcClient jdbc, HamburgCalendar calendar, Clock clock, ApplicationEventPublisher events,
            @Value("${lotse.sla.acknowledge-working-days:3}") int acknowledgeWorkingDays,
            @Value("${lotse.sla.answer-within:14d}") Duration answerWithin,
            @Value("${lotse.sla.callback-working-days:2}") int callbackWorkingDays,
            @Value("${lotse.sla.working-day-end:18:00}") LocalTime workingDayEnd,
            @Value("${lotse.sla.warn-at-share:0.8}") double warnAtShare) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
        this.defaults = new ServiceTargets(acknowledgeWorkingDays, Math.toIntExact(answerWithin.toDays()),
                callbackWorkingDays, workingDayEnd, (int) Math.round(warnAtShare * 100));
    }

    public ServiceTargets targetsOf(JobcenterId jobcenter) {
        return jdbc.sql("""
                SELECT acknowledge_working_days, answer_days, callback_working_days, working_day_end, warn_at_percent
                  FROM service_targets WHERE jobcenter_id = ?""")
                .param(jobcenter.value())
                .query((rs, row) -> new ServiceTargets(rs.getInt("acknowledge_working_days"), rs.getInt("answer_days"),
                        rs.getInt("callback_working_days"), rs.getTime("working_day_end").toLocalTime(),
                        rs.getInt("warn_at_percent")))
                .optional().orElse(defaults);
    }

    /** The installation's defaults, which apply to a Jobcenter until its administrators set its own targets. */
    public ServiceTargets defaults() {
        return defaults;
    }

    ServiceSchedule scheduleFor(JobcenterId jobcenter) {
        return new ServiceSchedule(calendar, targetsOf(jobcenter));
    }

    /** The share of a promise's time after which staff of each Jobcenter are warned, and the default for the rest. */
    double defaultWarnAtShare() {
        return defaults.warnAtShare();
    }

    /**
     * Sets the targets of the administrator's Jobcenter; they apply to clocks started from now on.
     *
     * @throws NotAllowed for anyone but an administrator
     * @throws InvalidDraft naming each value out of range, with the range
     */
    @Transactional
    public ServiceTargets change(StaffMember admin, ServiceTargetsDraft typed) {
        if (admin.role() != StaffRole.ADMINISTRATOR) {
            throw new NotAllowed("service targets are set by administrators");
        }
        List<FieldProblem> problems = new ArrayList<>();
        int acknowledge = number(typed.acknowledgeWorkingDays(), "acknowledgeWorkingDays", 1, ServiceTargets.MAX_WORKING_DAYS, problems);
        int answer = number(typed.answerDays(), "answerDays", 1, ServiceTargets.MAX_ANSWER_DAYS, problems);
        int callback = number(typed.callbackWorkingDays(), "callbackWorkingDays", 1, ServiceTargets.MAX_WORKING_DAYS, problems);
        int warn = number(typed.warnAtPercent(), "warnAtPercent", ServiceTargets.MIN_WARN_PERCENT,
                ServiceTargets.MAX_WARN_PERCENT, problems);
        Optional<LocalTime> dayEnd = time(typed.workingDayEnd());
        if (dayEnd.isEmpty() || dayEnd.get().isBefore(ServiceTargets.EARLIEST_DAY_END)
                || dayEnd.get().isAfter(ServiceTargets.LATEST_DAY_END)) {
            problems.add(FieldProblem.of("workingDayEnd", "admin.serviceTargets.error.time",
                    ServiceTargets.EARLIEST_DAY_END.toString(), ServiceTargets.LATEST_DAY_END.toString()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDraft(problems);
        }
        ServiceTargets before = targetsOf(admin.jobcenter());
        ServiceTargets after = new ServiceTargets(acknowledge, answer, callback, dayEnd.get(), warn);
        jdbc.sql("""
                INSERT INTO service_targets (jobcenter_id, acknowledge_working_days, answer_days, callback_working_days,
                                             working_day_end, warn_at_percent, changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (jobcenter_id) DO UPDATE
                   SET acknowledge_working_days = excluded.acknowledge_working_days, answer_days = excluded.answer_days,
                       callback_working_days = excluded.callback_working_days, working_day_end = excluded.working_day_end,
                       warn_at_percent = excluded.warn_at_percent, changed_at = excluded.changed_at,
                       changed_by = excluded.changed_by""")
                .params(admin.jobcenter().value(), acknowledge, answer, callback, Time.valueOf(dayEnd.get()), warn,
                        Timestamp.from(clock.instant()), admin.id().value())
                .update();
        events.publishEvent(new ServiceTargetsChanged(admin.jobcenter(), before, after, admin.id()));
        return after;
    }

    private static int number(String typed, String field, int min, int max, List<FieldProblem> problems) {
        IntPredicate inRange = value -> value >= min && value <= max;
        try {
            int value = Integer.parseInt(typed == null ? "" : typed.strip());
            if (inRange.test(value)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like a number out of range
        }
        problems.add(FieldProblem.of(field, "admin.serviceTargets.error.range", min, max));
        return min;
    }

    private static Optional<LocalTime> time(String typed) {
        try {
            return Optional.of(LocalTime.parse(typed == null ? "" : typed.strip().replace('.', ':')));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }
}
