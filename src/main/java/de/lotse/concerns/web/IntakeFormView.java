package de.lotse.concerns.web;

import java.util.List;
import java.util.Optional;

import de.lotse.concerns.AdministrativeProblem;
import de.lotse.concerns.ConcernKind;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ContactChannel;
import de.lotse.concerns.FieldProblem;
import de.lotse.concerns.IntakeValidation;
import de.lotse.concerns.LegalTopic;
import de.lotse.concerns.Reference;

/**
 * The intake form as the template shows it: what was typed, what is wrong with it, and the choices offered.
 *
 * @param idempotencyKey identifies this filled-in form, so that sending it twice creates one concern
 * @param earlierReference set when this form had been sent before with other content
 * @param resendReason message key of why the form must simply be sent again (failed security check), or null
 */
public record IntakeFormView(ConcernDraft form, String idempotencyKey, List<FieldProblem> problems,
        Optional<Reference> earlierReference, String resendReason) {

    /** The is-this-value-chosen test for radio buttons and selects. */
    public boolean chose(String field, Enum<?> value) {
        String chosen = switch (field) {
            case "kind" -> form.kind();
            case "legalTopic" -> form.legalTopic();
            case "administrativeProblem" -> form.administrativeProblem();
            case "contactChannel" -> form.contactChannel();
            default -> throw new IllegalArgumentException(field);
        };
        return value.name().equalsIgnoreCase(chosen);
    }

    public Optional<FieldProblem> problem(String field) {
        return problems.stream().filter(problem -> problem.field().equals(field)).findFirst();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The ids of the hint and error texts that describe a field, for aria-describedby. */
    public String describedBy(String field, boolean hasHint) {
        String hint = hasHint ? field + "-hint" : "";
        String error = problem(field).isPresent() ? field + "-error" : "";
        String ids = (hint + " " + error).strip();
        return ids.isEmpty() ? null : ids;
    }

    /** The same with a hint shared by several fields. */
    public String describedBy(String field, String sharedHintId) {
        String error = problem(field).isPresent() ? " " + field + "-error" : "";
        return sharedHintId + error;
    }

    /** For aria-invalid: "true", or null so that the attribute is left out. */
    public String invalid(String field) {
        return problem(field).isPresent() ? "true" : null;
    }

    public String fieldClass(String field) {
        return problem(field).isPresent() ? "field field-invalid" : "field";
    }

    /** The kinds a citizen picks from; praise is offered too, last. */
    public List<ConcernKind> kinds() {
        return List.of(ConcernKind.values());
    }

    public List<LegalTopic> legalTopics() {
        return List.of(LegalTopic.values());
    }

    public List<AdministrativeProblem> administrativeProblems() {
        return List.of(AdministrativeProblem.values());
    }

    public int maxDescriptionLength() {
        return IntakeValidation.MAX_DESCRIPTION_LENGTH;
    }

    public int maxNameLength() {
        return IntakeValidation.MAX_NAME_LENGTH;
    }
}
