package de.lotse.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import de.lotse.concerns.FieldProblem;
import de.lotse.concerns.InvalidDraft;

/** A further recipient as typed into the form, kept as typed so that a form with mistakes shows again unchanged. */
public record RecipientDraft(String name, String email) {

    static final int NAME_MAX = 200;
    private static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");

    public static RecipientDraft empty() {
        return new RecipientDraft("", "");
    }

    /** @throws InvalidDraft with every problem at once */
    PartnerRecipient check(List<PartnerRecipient> existing) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        String cleanEmail = email == null ? "" : email.strip();
        if (cleanName.isEmpty()) {
            problems.add(FieldProblem.of("name", "staff.partnerReport.error.name"));
        } else if (cleanName.length() > NAME_MAX) {
            problems.add(FieldProblem.of("name", "staff.partnerReport.error.tooLong", NAME_MAX));
        }
        PartnerRecipient recipient = new PartnerRecipient(java.util.Optional.empty(), cleanName, cleanEmail);
        if (cleanEmail.length() > EMAIL_MAX || !EMAIL.matcher(cleanEmail).matches()) {
            problems.add(FieldProblem.of("email", "staff.partnerReport.error.email"));
        } else if (existing.stream().anyMatch(other -> other.key().equals(recipient.key()))) {
            problems.add(FieldProblem.of("email", "staff.partnerReport.error.duplicate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDraft(problems);
        }
        return recipient;
    }
}
