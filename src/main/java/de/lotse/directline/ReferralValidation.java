package de.lotse.directline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.lotse.concerns.AdministrativeProblem;
import de.lotse.concerns.CitizenText;
import de.lotse.concerns.CustomerNumber;
import de.lotse.concerns.FieldProblem;
import de.lotse.concerns.IntakeValidation;
import de.lotse.concerns.InvalidDraft;
import de.lotse.concerns.LegalTopic;
import de.lotse.concerns.Urgency;
import de.lotse.deadlines.Delivery;
import de.lotse.deadlines.Instruction;
import de.lotse.organisation.Postcode;

/** Checks a referral form and turns it into the referral's content, or lists every problem at once. */
@Component
class ReferralValidation {

    static final int MAX_TEXT = 20_000;
    static final int MAX_SHORT = 200;

    private final IntakeValidation intake;

    ReferralValidation(IntakeValidation intake) {
        this.intake = intake;
    }

    Referral.Content check(ReferralDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        // Both dimensions are needed for the insights into recurring conflicts.
        LegalTopic topic = required("legalTopic", choice("legalTopic", draft.legalTopic(), LegalTopic.class, problems),
                draft.legalTopic(), problems).orElse(LegalTopic.UNKNOWN);
        AdministrativeProblem problem = required("administrativeProblem", choice("administrativeProblem",
                draft.administrativeProblem(), AdministrativeProblem.class, problems), draft.administrativeProblem(),
                problems).orElse(AdministrativeProblem.UNKNOWN);
        String description = text("description", draft.description(), MAX_TEXT, true, problems);
        String sought = text("outcomeSought", draft.outcomeSought(), MAX_TEXT, true, problems);
        String clientName = text("clientName", draft.clientName(), MAX_SHORT, true, problems);
        Optional<Postcode> postcode = present(draft.clientPostcode()).flatMap(typed -> {
            Optional<Postcode> parsed = Postcode.parse(typed);
            if (parsed.isEmpty()) {
                problems.add(FieldProblem.of("clientPostcode", "partner.referral.error.postcode"));
            }
            return parsed;
        });
        Optional<CustomerNumber> customerNumber = present(draft.customerNumber()).flatMap(typed -> {
            Optional<CustomerNumber> parsed = CustomerNumber.parse(typed);
            if (parsed.isEmpty()) {
                problems.add(FieldProblem.of("customerNumber", "intake.error.customerNumber.format"));
            }
            return parsed;
        });
        Optional<LocalDate> bescheidDate = present(draft.bescheidDate())
                .flatMap(typed -> intake.noticeDate(typed, "bescheidDate", problems));
        String kind = present(draft.bescheidKind()).map(typed -> text("bescheidKind", typed, MAX_SHORT, false, problems))
                .orElse("");
        Delivery delivery = choice("bescheidDelivery", draft.bescheidDelivery(), Delivery.class, problems)
                .orElse(Delivery.POST);
        Instruction instruction = choice("instruction", draft.instruction(), Instruction.class, problems)
                .orElse(Instruction.UNKNOWN);
        if (!draft.released()) {
            // §203 StGB: without the client's release the counsellor may not pass on what they were told.
            problems.add(FieldProblem.of("confidentialityReleased", "partner.referral.error.release"));
        }
        Optional<String> attorney = present(draft.attorney())
                .map(typed -> text("attorney", typed, MAX_SHORT, false, problems));
        if (!problems.isEmpty()) {
            throw new InvalidDraft(problems);
        }
        Optional<Bescheid> bescheid = bescheidDate.map(date -> new Bescheid(date, kind, delivery, instruction));
        return new Referral.Content(draft.isExistential() ? Urgency.EXISTENTIAL : Urgency.NORMAL, topic, problem,
                description, sought, clientName, postcode, customerNumber, bescheid, true, attorney, draft.health());
    }

    private static <T> Optional<T> required(String field, Optional<T> chosen, String typed, List<FieldProblem> problems) {
        if (chosen.isEmpty() && (typed == null || typed.isBlank())) {
            problems.add(FieldProblem.of(field, "partner.referral.error.required"));
        }
        return chosen;
    }

    private static Optional<String> present(String typed) {
        return Optional.ofNullable(typed).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static String text(String field, String typed, int max, boolean required, List<FieldProblem> problems) {
        String clean = typed == null ? "" : CitizenText.clean(typed);
        if (required && clean.isBlank()) {
            problems.add(FieldProblem.of(field, "partner.referral.error.required"));
        } else if (CitizenText.length(clean) > max) {
            problems.add(FieldProblem.of(field, "partner.referral.error.tooLong", CitizenText.length(clean), max));
        }
        return clean.strip();
    }

    private static <E extends Enum<E>> Optional<E> choice(String field, String typed, Class<E> type,
            List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, typed.strip()));
        } catch (IllegalArgumentException unknown) {
            problems.add(FieldProblem.of(field, "partner.referral.error.choice"));
            return Optional.empty();
        }
    }
}
