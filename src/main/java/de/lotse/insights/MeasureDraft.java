package de.lotse.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.lotse.concerns.FieldProblem;
import de.lotse.concerns.InvalidDraft;
import de.lotse.concerns.LegalTopic;
import de.lotse.organisation.SiteId;

/**
 * A measure as typed into the form, every field a raw string, so a form with mistakes shows again with nothing lost.
 *
 * @param site the pattern's site id, or blank for all sites
 * @param detectedIn the month the pattern was found, {@code yyyy-MM}
 * @param dueOn {@code yyyy-MM-dd}
 */
public record MeasureDraft(String legalTopic, String site, String detectedIn, String title, String change,
        String description, String owner, String dueOn) {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;

    public static MeasureDraft empty() {
        return new MeasureDraft("", "", "", "", "", "", "", "");
    }

    /** The checked target and plan, or every problem at once. */
    record Checked(Measure.Target target, Measure.Plan plan) {
    }

    Checked check(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<String> topic = Arrays.stream(LegalTopic.values()).map(Enum::name).filter(name -> name.equals(legalTopic))
                .findFirst();
        if (topic.isEmpty()) {
            problems.add(FieldProblem.of("legalTopic", "staff.measures.error.legalTopic"));
        }
        Optional<SiteId> siteId = Optional.empty();
        if (site != null && !site.isBlank()) {
            try {
                siteId = Optional.of(new SiteId(UUID.fromString(site.strip())));
            } catch (IllegalArgumentException unreadable) {
                problems.add(FieldProblem.of("site", "staff.measures.error.site"));
            }
        }
        Optional<YearMonth> month = parse(() -> YearMonth.parse(detectedIn.strip()));
        if (month.isEmpty()) {
            problems.add(FieldProblem.of("detectedIn", "staff.measures.error.month"));
        }
        text(problems, "title", title, TITLE_MAX);
        text(problems, "description", description, DESCRIPTION_MAX);
        text(problems, "owner", owner, TITLE_MAX);
        Optional<ChangeKind> kind = Arrays.stream(ChangeKind.values()).filter(value -> value.name().equals(change)).findFirst();
        if (kind.isEmpty()) {
            problems.add(FieldProblem.of("change", "staff.measures.error.change"));
        }
        Optional<LocalDate> due = parse(() -> LocalDate.parse(dueOn.strip()));
        if (due.isEmpty() || due.get().isBefore(today)) {
            problems.add(FieldProblem.of("dueOn", "staff.measures.error.dueOn"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDraft(problems);
        }
        return new Checked(new Measure.Target(topic.get(), siteId, month.get()),
                new Measure.Plan(title.strip(), kind.get(), description.strip(), owner.strip(), due.get()));
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "staff.measures.error.required"));
        } else if (value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "staff.measures.error.tooLong", max));
        }
    }

    private static <T> Optional<T> parse(java.util.function.Supplier<T> parser) {
        try {
            return Optional.of(parser.get());
        } catch (DateTimeParseException | NullPointerException unreadable) {
            return Optional.empty();
        }
    }
}
