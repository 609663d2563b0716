package de.lotse.concerns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import de.lotse.language.Language;
import de.lotse.organisation.Postcode;

/**
 * Checks a draft the same way for every channel (web form, API) and reports all problems at once.
 * Only what a concern cannot do without is required: the kind, a description and a way back (which may be none).
 */
@Component
public class IntakeValidation {

    public static final int MAX_DESCRIPTION_LENGTH = 20_000;
    public static final int MAX_NAME_LENGTH = 200;
    /** SGB II began on 1 January 2005; no Bescheid about it is older. */
    static final LocalDate FIRST_POSSIBLE_NOTICE = LocalDate.of(2005, 1, 1);
    static final ZoneId HAMBURG = ZoneId.of("Europe/Berlin");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final Clock clock;
    private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

    private final java.util.function.BooleanSupplier smsOn;

    /** For tests of the rules alone: every contact channel is on. */
    IntakeValidation(Clock clock) {
        this(clock, () -> true);
    }

    @org.springframework.beans.factory.annotation.Autowired
    IntakeValidation(Clock clock, org.springframework.beans.factory.ObjectProvider<ChannelOffer> offer) {
        this(clock, () -> offer.getIfAvailable() != null && offer.getIfAvailable().smsOn());
    }

    IntakeValidation(Clock clock, java.util.function.BooleanSupplier smsOn) {
        this.clock = clock;
        this.smsOn = smsOn;
    }

    public NewConcern check(ConcernDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();

        ConcernKind kind = enumValue("kind", draft.kind(), ConcernKind.class, problems, true).orElse(ConcernKind.QUESTION);
        LegalTopic legalTopic = enumValue("legalTopic", draft.legalTopic(), LegalTopic.class, problems, false)
                .orElse(LegalTopic.UNKNOWN);
        AdministrativeProblem administrativeProblem = enumValue("administrativeProblem", draft.administrativeProblem(),
                AdministrativeProblem.class, problems, false).orElse(AdministrativeProblem.UNKNOWN);

        String description = CitizenText.clean(draft.description());
        if (description.isEmpty()) {
            problems.add(FieldProblem.of("description", "intake.error.description.required"));
        } else if (CitizenText.length(description) > MAX_DESCRIPTION_LENGTH) {
            problems.add(FieldProblem.of("description", "intake.error.description.tooLong",
                    CitizenText.length(description), MAX_DESCRIPTION_LENGTH));
        }

        Optional<LocalDate> noticeDate = optional(draft.noticeDate()).flatMap(typed -> noticeDate(typed, problems));

        Optional<CustomerNumber> customerNumber = optional(draft.customerNumber()).flatMap(typed -> {
            Optional<CustomerNumber> parsed = CustomerNumber.parse(typed);
            if (parsed.isEmpty()) {
                problems.add(FieldProblem.of("customerNumber", "intake.error.customerNumber.format"));
            }
            return parsed;
        });

        Optional<String> name = optional(draft.name());
        if (name.isPresent() && CitizenText.length(name.get()) > MAX_NAME_LENGTH) {
            problems.add(FieldProblem.of("name", "intake.error.name.tooLong", MAX_NAME_LENGTH));
        }

        Optional<Postcode> postcode = Optional.empty();
        if (!draft.hasNoFixedAddress()) {
            postcode = optional(draft.postcode()).flatMap(typed -> {
                Optional<Postcode> parsed = Postcode.parse(typed);
                if (parsed.isEmpty()) {
                    problems.add(FieldProblem.of("postcode", "intake.error.postcode.format"));
                }
                return parsed;
            });
        }

        Contact contact = contact(draft, kind, problems);

        Language preferredLanguage = optional(draft.preferredLanguage()).map(typed -> Language.byCode(typed).orElseGet(() -> {
            problems.add(FieldProblem.of("preferredLanguage", "intake.error.preferredLanguage.unknown"));
            return Language.GERMAN;
        })).orElse(Language.GERMAN);

        if (!problems.isEmpty()) {
            throw new InvalidDraft(problems);
        }
        return new NewConcern(kind, legalTopic, administrativeProblem,
                draft.isExistential() ? Urgency.EXISTENTIAL : Urgency.NORMAL, description, noticeDate, customerNumber,
                name, postcode, draft.hasNoFixedAddress(), contact, preferredLanguage);
    }

    /** Checks a message the citizen adds later; the same limits as the first description. */
    public String checkMessage(String typed) {
        String text = CitizenText.clean(typed);
        if (text.isEmpty()) {
            throw new InvalidDraft(List.of(FieldProblem.of("text", "message.error.required")));
        }
        if (CitizenText.length(text) > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidDraft(List.of(FieldProblem.of("text", "intake.error.description.tooLong",
                    CitizenText.length(text), MAX_DESCRIPTION_LENGTH)));
        }
        return text;
    }

    private Contact contact(ConcernDraft draft, ConcernKind kind, List<FieldProblem> problems) {
        Optional<ContactChannel> channel = enumValue("contactChannel", draft.contactChannel(), ContactChannel.class,
                problems, true);
        Optional<String> email = optional(draft.email()).flatMap(typed -> {
            if (typed.length() > 254 || !EMAIL.matcher(typed).matches()) {
                problems.add(FieldProblem.of("email", "intake.error.email.format"));
                return Optional.empty();
            }
            return Optional.of(typed);
        });
        Optional<String> phone = optional(draft.phone()).flatMap(typed -> phone(typed, problems));

        if (kind == ConcernKind.CALLBACK_REQUEST && channel.isPresent() && channel.get() != ContactChannel.PHONE) {
            problems.add(FieldProblem.of("contactChannel", "intake.error.contactChannel.callbackNeedsPhone"));
        }
        if (channel.isEmpty()) {
            return Contact.anonymous();
        }
        switch (channel.get()) {
            case EMAIL -> {
                if (optional(draft.email()).isEmpty()) {
                    problems.add(FieldProblem.of("email", "intake.error.email.required"));
                }
                return new Contact(ContactChannel.EMAIL, email, phone);
            }
            case PHONE -> {
                if (optional(draft.phone()).isEmpty()) {
                    problems.add(FieldProblem.of("phone", "intake.error.phone.required"));
                }
                return new Contact(ContactChannel.PHONE, email, phone);
            }
            case SMS -> {
                if (!smsOn.getAsBoolean()) {
                    problems.add(FieldProblem.of("contactChannel", "intake.error.contactChannel.smsOff"));
                } else if (optional(draft.phone()).isEmpty()) {
                    problems.add(FieldProblem.of("phone", "intake.error.phone.required"));
                } else if (phone.isPresent() && !Contact.mobile(phone.get())) {
                    problems.add(FieldProblem.of("phone", "intake.error.phone.mobile"));
                }
                return new Contact(ContactChannel.SMS, email, phone);
            }
            default -> {
                // Anonymous: whatever was typed into the contact fields is deliberately not kept.
                return Contact.anonymous();
            }
        }
    }

    private Optional<String> phone(String typed, List<FieldProblem> problems) {
        try {
            Phonenumber.PhoneNumber number = phoneNumbers.parse(typed, "DE");
            if (phoneNumbers.isValidNumber(number)) {
                return Optional.of(phoneNumbers.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
            }
        } catch (NumberParseException notANumber) {
            // reported below like any other invalid number
        }
        problems.add(FieldProblem.of("phone", "intake.error.phone.format"));
        return Optional.empty();
    }

    private Optional<LocalDate> noticeDate(String typed, List<FieldProblem> problems) {
        return noticeDate(typed, "noticeDate", problems);
    }

    /**
     * The date of a Bescheid as a person types it (dd.mm.yyyy or ISO), not in the future and not before SGB II; a
     * problem is added for the field otherwise. Shared with the direct line's referral form.
     */
    public Optional<LocalDate> noticeDate(String typed, String field, List<FieldProblem> problems) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                LocalDate date = LocalDate.parse(typed, format);
                if (date.isAfter(LocalDate.now(clock.withZone(HAMBURG)))) {
                    problems.add(FieldProblem.of(field, "intake.error.noticeDate.future"));
                } else if (date.isBefore(FIRST_POSSIBLE_NOTICE)) {
                    problems.add(FieldProblem.of(field, "intake.error.noticeDate.tooOld"));
                } else {
                    return Optional.of(date);
                }
                return Optional.empty();
            } catch (DateTimeParseException tryNextFormat) {
                // the next format may fit
            }
        }
        problems.add(FieldProblem.of(field, "intake.error.noticeDate.format"));
        return Optional.empty();
    }

    private static <E extends Enum<E>> Optional<E> enumValue(String field, String typed, Class<E> type,
            List<FieldProblem> problems, boolean required) {
        Optional<String> value = optional(typed);
        if (value.isEmpty()) {
            if (required) {
                problems.add(FieldProblem.of(field, "intake.error." + field + ".required"));
            }
            return Optional.empty();
        }
        Function<String, String> asConstant = text -> text.replace('-', '_').toUpperCase(Locale.ROOT);
        try {
            return Optional.of(Enum.valueOf(type, asConstant.apply(value.get())));
        } catch (IllegalArgumentException unknown) {
            problems.add(FieldProblem.of(field, "intake.error.choice.unknown"));
            return Optional.empty();
        }
    }

    private static Optional<String> optional(String typed) {
        String cleaned = CitizenText.clean(typed);
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }
}
