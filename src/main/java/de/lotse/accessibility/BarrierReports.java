package de.lotse.accessibility;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Barriers reported through the accessibility statement: checked, kept, and handed to the outbox for the mailbox. */
@Service
public class BarrierReports {

    public static final int MAX_MESSAGE = 5000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** What the person typed, as typed. */
    public record Draft(String message, String page, String name, String email) {
        public Draft {
            message = message == null ? "" : message;
            page = page == null ? "" : page;
            name = name == null ? "" : name;
            email = email == null ? "" : email;
        }

        public static Draft empty() {
            return new Draft("", "", "", "");
        }
    }

    /** One field's problem, as a message key. */
    public record Problem(String field, String messageKey) {
    }

    public static class InvalidReport extends RuntimeException {
        private final transient List<Problem> problems;

        InvalidReport(List<Problem> problems) {
            super("Invalid barrier report: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** A report was kept; the outbox forwards it to the mailbox. */
    public record BarrierReported(UUID report) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BarrierReports(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** @throws InvalidReport when the message is missing or too long, or the address is not one */
    @Transactional
    public UUID report(Draft typed, String language) {
        List<Problem> problems = new ArrayList<>();
        String message = typed.message().strip();
        if (message.isEmpty()) {
            problems.add(new Problem("message", "a11y.feedback.error.messageMissing"));
        } else if (message.length() > MAX_MESSAGE) {
            problems.add(new Problem("message", "a11y.feedback.error.messageTooLong"));
        }
        String email = typed.email().strip();
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(new Problem("email", "a11y.feedback.error.email"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidReport(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO accessibility_feedback (id, message, page, name, email, language, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, message, blankToNull(typed.page(), 500), blankToNull(typed.name(), 200),
                        blankToNull(email, 254), language, Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new BarrierReported(id));
        return id;
    }

    record Stored(UUID id, String message, Optional<String> page, Optional<String> name, Optional<String> email,
            String language) {
    }

    Optional<Stored> unforwarded(UUID id) {
        return jdbc.sql("SELECT * FROM accessibility_feedback WHERE id = ? AND forwarded_at IS NULL").param(id)
                .query((rs, row) -> new Stored(id, rs.getString("message"), Optional.ofNullable(rs.getString("page")),
                        Optional.ofNullable(rs.getString("name")), Optional.ofNullable(rs.getString("email")),
                        rs.getString("language")))
                .optional();
    }

    void forwarded(UUID id) {
        jdbc.sql("UPDATE accessibility_feedback SET forwarded_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    private static String blankToNull(String text, int max) {
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped.substring(0, Math.min(max, stripped.length()));
    }
}
