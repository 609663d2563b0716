package de.lotse.concerns.web;

import java.util.List;
import java.util.Optional;

import de.lotse.concerns.FieldProblem;
import de.lotse.concerns.ServiceTargetsDraft;
import de.lotse.organisation.StaffMember;

/** What the page shows: the form with what was typed, the problems found, whether it was just saved. */
public record ServiceTargetsView(StaffMember admin, ServiceTargetsDraft form, List<FieldProblem> problems,
        boolean saved, ServiceTargetsDraft defaults) {

    /** One input of the form: its name (also the message key's last part), what it holds, the default. */
    public record Field(String name, String value, String defaultValue, Optional<FieldProblem> problem) {
    }

    public List<Field> fields() {
        return List.of(
                field("acknowledgeWorkingDays", form.acknowledgeWorkingDays(), defaults.acknowledgeWorkingDays()),
                field("answerDays", form.answerDays(), defaults.answerDays()),
                field("callbackWorkingDays", form.callbackWorkingDays(), defaults.callbackWorkingDays()),
                field("workingDayEnd", form.workingDayEnd(), defaults.workingDayEnd()),
                field("warnAtPercent", form.warnAtPercent(), defaults.warnAtPercent()));
    }

    private Field field(String name, String value, String defaultValue) {
        return new Field(name, value == null ? "" : value, defaultValue,
                problems.stream().filter(problem -> problem.field().equals(name)).findFirst());
    }
}
