package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import de.lotse.language.Language;

class IntakeValidationUnitTest {

    private final IntakeValidation validation = new IntakeValidation(
            Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    static ConcernDraft draft() {
        return new ConcernDraft("COMPLAINT", null, null, "Mein Geld ist nicht gekommen.", null, null, null, null, false,
                "NONE", null, null, "de", false);
    }

    static ConcernDraft with(ConcernDraft d, String field, String value) {
        return new ConcernDraft(
                field.equals("kind") ? value : d.kind(),
                field.equals("legalTopic") ? value : d.legalTopic(),
                field.equals("administrativeProblem") ? value : d.administrativeProblem(),
                field.equals("description") ? value : d.description(),
                field.equals("noticeDate") ? value : d.noticeDate(),
                field.equals("customerNumber") ? value : d.customerNumber(),
                field.equals("name") ? value : d.name(),
                field.equals("postcode") ? value : d.postcode(),
                d.withoutFixedAddress(),
                field.equals("contactChannel") ? value : d.contactChannel(),
                field.equals("email") ? value : d.email(),
                field.equals("phone") ? value : d.phone(),
                field.equals("preferredLanguage") ? value : d.preferredLanguage(),
                d.existential());
    }

    private InvalidDraft problemsOf(ConcernDraft draft) {
        return catchThrowableOfType(InvalidDraft.class, () -> validation.check(draft));
    }

    @Test
    void an_anonymous_complaint_with_only_a_description_is_enough() {
        NewConcern concern = validation.check(draft());
        assertThat(concern.kind()).isEqualTo(ConcernKind.COMPLAINT);
        assertThat(concern.legalTopic()).isEqualTo(LegalTopic.UNKNOWN);
        assertThat(concern.administrativeProblem()).isEqualTo(AdministrativeProblem.UNKNOWN);
        assertThat(concern.contact()).isEqualTo(Contact.anonymous());
        assertThat(concern.preferredLanguage()).isEqualTo(Language.GERMAN);
    }

    @Test
    void reports_all_problems_at_once() {
        ConcernDraft empty = ConcernDraft.empty();
        assertThat(problemsOf(empty).problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("kind", "description", "contactChannel");
    }

    @Test
    void rejects_a_description_over_the_limit_and_says_how_long_it_is() {
        String text = "x".repeat(IntakeValidation.MAX_DESCRIPTION_LENGTH + 1);
        FieldProblem problem = problemsOf(with(draft(), "description", text)).problems().get(0);
        assertThat(problem.messageKey()).isEqualTo("intake.error.description.tooLong");
        assertThat(problem.arguments()).containsExactly(IntakeValidation.MAX_DESCRIPTION_LENGTH + 1,
                IntakeValidation.MAX_DESCRIPTION_LENGTH);
    }

    @Test
    void a_description_of_only_blanks_and_control_characters_is_empty() {
        assertThat(problemsOf(with(draft(), "description", " \u0000\n\t ")).problems())
                .extracting(FieldProblem::messageKey).containsExactly("intake.error.description.required");
    }

    @Test
    void reads_notice_dates_in_german_and_iso_form() {
        assertThat(validation.check(with(draft(), "noticeDate", "3.11.2026")).noticeDate()).contains(LocalDate.of(2026, 11, 3));
        assertThat(validation.check(with(draft(), "noticeDate", "2026-11-03")).noticeDate()).contains(LocalDate.of(2026, 11, 3));
    }

    @Test
    void rejects_impossible_future_and_ancient_notice_dates() {
        assertThat(problemsOf(with(draft(), "noticeDate", "31.02.2026")).problems().get(0).messageKey())
                .isEqualTo("intake.error.noticeDate.format");
        assertThat(problemsOf(with(draft(), "noticeDate", "27.11.2026")).problems().get(0).messageKey())
                .isEqualTo("intake.error.noticeDate.future");
        assertThat(problemsOf(with(draft(), "noticeDate", "31.12.2004")).problems().get(0).messageKey())
                .isEqualTo("intake.error.noticeDate.tooOld");
    }

    @Test
    void a_callback_needs_a_phone_number() {
        ConcernDraft callback = with(with(draft(), "kind", "CALLBACK_REQUEST"), "contactChannel", "EMAIL");
        callback = with(callback, "email", "a@example.org");
        assertThat(problemsOf(callback).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("intake.error.contactChannel.callbackNeedsPhone");
    }

    @Test
    void keeps_phone_numbers_in_international_form() {
        ConcernDraft byPhone = with(with(draft(), "contactChannel", "PHONE"), "phone", "040 / 428 28-0");
        assertThat(validation.check(byPhone).contact().phone()).contains("+4940428280");
    }

    @Test
    void rejects_a_phone_number_that_cannot_exist() {
        ConcernDraft byPhone = with(with(draft(), "contactChannel", "PHONE"), "phone", "12");
        assertThat(problemsOf(byPhone).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("intake.error.phone.format");
    }

    @Test
    void e_mail_chosen_but_missing_or_malformed() {
        ConcernDraft byMail = with(draft(), "contactChannel", "EMAIL");
        assertThat(problemsOf(byMail).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("intake.error.email.required");
        assertThat(problemsOf(with(byMail, "email", "name@localhost")).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("intake.error.email.format");
    }

    @Test
    void an_anonymous_concern_keeps_no_contact_details() {
        ConcernDraft anonymous = with(with(draft(), "email", "a@example.org"), "phone", "040 123456");
        assertThat(validation.check(anonymous).contact()).isEqualTo(Contact.anonymous());
    }

    @Test
    void a_person_without_fixed_address_needs_no_postcode() {
        ConcernDraft homeless = new ConcernDraft("QUESTION", null, null, "Wo bekomme ich Post?", null, null, null,
                "not a postcode", true, "NONE", null, null, "uk", false);
        NewConcern concern = validation.check(homeless);
        assertThat(concern.postcode()).isEmpty();
        assertThat(concern.withoutFixedAddress()).isTrue();
        assertThat(concern.preferredLanguage()).isEqualTo(Language.UKRAINIAN);
    }

    @Test
    void unknown_choices_are_refused_not_guessed() {
        assertThat(problemsOf(with(draft(), "legalTopic", "BITCOIN")).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("intake.error.choice.unknown");
        assertThat(problemsOf(with(draft(), "preferredLanguage", "xx")).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("intake.error.preferredLanguage.unknown");
    }

    @Test
    void a_message_must_not_be_empty() {
        assertThatThrownBy(() -> validation.checkMessage("  ")).isInstanceOf(InvalidDraft.class);
        assertThat(validation.checkMessage(" Nachtrag ")).isEqualTo("Nachtrag");
    }

    @org.junit.jupiter.api.Test
    void sms_is_refused_when_the_jobcenter_runs_no_sms_gateway() {
        IntakeValidation withoutSms = new IntakeValidation(
                Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC), () -> false);
        ConcernDraft bySms = with(with(draft(), "contactChannel", "SMS"), "phone", "0151 23456789");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withoutSms.check(bySms))
                .isInstanceOfSatisfying(InvalidDraft.class, invalid -> org.assertj.core.api.Assertions
                        .assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
                        .containsExactly("intake.error.contactChannel.smsOff"));
        org.assertj.core.api.Assertions.assertThat(validation.check(bySms).contact().channel()).isEqualTo(ContactChannel.SMS);
    }
}
