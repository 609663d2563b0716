package de.lotse.directline.web;

import java.util.List;

import de.lotse.concerns.AdministrativeProblem;
import de.lotse.concerns.LegalTopic;
import de.lotse.deadlines.Delivery;
import de.lotse.deadlines.Instruction;
import de.lotse.directline.ReferralDraft;
import de.lotse.organisation.CounsellingCentre;

/** The counsellor's referral form, as typed, with its problems. */
public record ReferralFormView(CounsellingCentre centre, ReferralDraft form, FormState state) {

    public boolean chose(String field, Enum<?> value) {
        String chosen = switch (field) {
            case "legalTopic" -> form.legalTopic();
            case "administrativeProblem" -> form.administrativeProblem();
            case "bescheidDelivery" -> form.bescheidDelivery();
            case "instruction" -> form.instruction();
            default -> throw new IllegalArgumentException(field);
        };
        return value.name().equals(chosen);
    }

    public boolean checked(Boolean box) {
        return Boolean.TRUE.equals(box);
    }

    public List<LegalTopic> legalTopics() {
        return List.of(LegalTopic.values());
    }

    public List<AdministrativeProblem> administrativeProblems() {
        return List.of(AdministrativeProblem.values());
    }

    public List<Delivery> deliveries() {
        return List.of(Delivery.values());
    }

    public List<Instruction> instructions() {
        return List.of(Instruction.values());
    }
}
