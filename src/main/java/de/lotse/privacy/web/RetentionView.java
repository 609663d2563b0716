package de.lotse.privacy.web;

import java.util.List;

import de.lotse.organisation.StaffMember;
import de.lotse.privacy.RetentionPolicies.Draft;
import de.lotse.privacy.RetentionPolicy;

/** The retention page: the form as typed, the fields that could not be taken, whether it was just saved. */
public record RetentionView(StaffMember admin, Draft form, List<String> wrongFields, boolean saved,
        RetentionPolicy defaults) {

    /** One input: its name (also the message key's last part), what it holds, its default. */
    public record Field(String name, String value, int defaultMonths, boolean wrong) {
    }

    public List<Field> fields() {
        return List.of(
                new Field("concernMonths", value(form.concernMonths()), defaults.concernMonths(),
                        wrongFields.contains("concernMonths")),
                new Field("referralMonths", value(form.referralMonths()), defaults.referralMonths(),
                        wrongFields.contains("referralMonths")));
    }

    public int min() {
        return RetentionPolicy.MIN_MONTHS;
    }

    public int max() {
        return RetentionPolicy.MAX_MONTHS;
    }

    private static String value(String typed) {
        return typed == null ? "" : typed;
    }
}
