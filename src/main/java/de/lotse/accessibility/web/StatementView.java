package de.lotse.accessibility.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import de.lotse.accessibility.BarrierReports.Draft;
import de.lotse.accessibility.BarrierReports.Problem;

/**
 * The accessibility statement with its feedback form: what was typed, the problems found, whether a report was just
 * sent, and the installation's settings (mailbox, date of the statement, enforcement bodies).
 *
 * @param resendReason message key when the form must be sent again after a failed CSRF check, else null
 */
public record StatementView(Draft form, List<Problem> problems, boolean sent, String resendReason,
        StatementSettings settings) {

    /** What an installation sets about its statement. */
    public record StatementSettings(String mailbox, LocalDate preparedOn, String publicUrl, String enforcementName,
            String enforcementUrl, String ombudsName, String ombudsUrl) {
    }

    public Optional<Problem> problemAt(String field) {
        return problems.stream().filter(problem -> problem.field().equals(field)).findFirst();
    }

    /** The input's {@code aria-describedby}: its hint, if it has one, and its error, if there is one. */
    public String describedBy(String field, boolean hint) {
        String described = ((hint ? field + "-hint " : "") + (problemAt(field).isPresent() ? field + "-error" : "")).strip();
        return described.isEmpty() ? null : described;
    }
}
