package de.lotse.concerns;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.organisation.SiteId;

/**
 * The times a citizen can choose for a callback: two-hour windows on the next working days of the Hamburg calendar,
 * each with a capacity per site (how many calls the site's service team can make in it). A window fills up; the form
 * then says so and the citizen picks another.
 */
@Service
public class CallbackSlots {

    /** One window, from start to end (Hamburg time). */
    public record Slot(LocalDateTime start, LocalDateTime end) {

        public String value() {
            return start.toString();
        }

        public Instant startInstant() {
            return start.atZone(HamburgCalendar.ZONE).toInstant();
        }

        /** The end of the window, as a time of day ("10:00"). */
        public String endTime() {
            return end.toLocalTime().toString();
        }

        Instant endInstant() {
            return end.atZone(HamburgCalendar.ZONE).toInstant();
        }
    }

    private static final List<LocalTime> STARTS = List.of(LocalTime.of(8, 0), LocalTime.of(10, 0), LocalTime.of(12, 0),
            LocalTime.of(14, 0));
    private static final int WINDOW_HOURS = 2;

    private final HamburgCalendar calendar;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int capacity;
    private final int workingDays;

    CallbackSlots(HamburgCalendar calendar, JdbcClient jdbc, Clock clock,
            @Value("${lotse.callbacks.capacity-per-slot:10}") int capacity,
            @Value("${lotse.callbacks.working-days-ahead:5}") int workingDays) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.clock = clock;
        this.capacity = capacity;
        this.workingDays = workingDays;
    }

    /** The windows offered now: those starting at least an hour from now, on the next working days. */
    public List<Slot> upcoming() {
        return upcoming(clock.instant());
    }

    List<Slot> upcoming(Instant now) {
        LocalDateTime earliest = LocalDateTime.ofInstant(now, HamburgCalendar.ZONE).plusHours(1);
        List<Slot> slots = new ArrayList<>();
        LocalDate day = calendar.workingDayOnOrAfter(earliest.toLocalDate());
        int days = 0;
        while (days < workingDays) {
            for (LocalTime start : STARTS) {
                LocalDateTime begins = day.atTime(start);
                if (!begins.isBefore(earliest)) {
                    slots.add(new Slot(begins, begins.plusHours(WINDOW_HOURS)));
                }
            }
            days++;
            day = calendar.workingDayOnOrAfter(day.plusDays(1));
        }
        return slots;
    }

    /** The offered window a form value names, if it is one. */
    Optional<Slot> offered(String value, Instant now) {
        try {
            LocalDateTime start = LocalDateTime.parse(value.strip());
            return upcoming(now).stream().filter(slot -> slot.start().equals(start)).findFirst();
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    /**
     * Books the window at the site for the concern, in the caller's transaction.
     *
     * @return false when the window is full
     */
    boolean book(SiteId site, Slot slot, ConcernId concern) {
        Timestamp start = Timestamp.valueOf(slot.start());
        boolean room = jdbc.sql("""
                INSERT INTO callback_slot_load AS l (site_id, starts_at, booked) VALUES (?, ?, 1)
                ON CONFLICT (site_id, starts_at) DO UPDATE SET booked = l.booked + 1 WHERE l.booked < ?""")
                .params(site.value(), start, capacity).update() == 1;
        if (room) {
            jdbc.sql("INSERT INTO callback_booking (concern_id, site_id, starts_at, ends_at) VALUES (?, ?, ?, ?)")
                    .params(concern.value(), site.value(), start, Timestamp.valueOf(slot.end())).update();
        }
        return room;
    }

    /** The window booked for a concern, if one was. */
    public Optional<Slot> bookedFor(ConcernId concern) {
        return jdbc.sql("SELECT starts_at, ends_at FROM callback_booking WHERE concern_id = ?").param(concern.value())
                .query((rs, row) -> new Slot(rs.getTimestamp("starts_at").toLocalDateTime(),
                        rs.getTimestamp("ends_at").toLocalDateTime()))
                .optional();
    }
}
