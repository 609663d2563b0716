package de.lotse.calendar;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Holidays the Senate declares once (as in 2017 for the Reformation's 500th year); administrators keep this table. */
@Repository
class OneOffHolidays {

    private final JdbcClient jdbc;

    OneOffHolidays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PublicHoliday> between(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT day, name FROM one_off_holiday WHERE day BETWEEN ? AND ? ORDER BY day")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, row) -> new PublicHoliday(rs.getDate("day").toLocalDate(), rs.getString("name")))
                .list();
    }

    void declare(PublicHoliday holiday) {
        jdbc.sql("INSERT INTO one_off_holiday (day, name) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET name = excluded.name")
                .params(Date.valueOf(holiday.date()), holiday.name()).update();
    }

    void withdraw(LocalDate day) {
        jdbc.sql("DELETE FROM one_off_holiday WHERE day = ?").param(Date.valueOf(day)).update();
    }
}
