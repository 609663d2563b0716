package de.lotse.insights.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.lotse.concerns.FieldProblem;
import de.lotse.insights.PartnerRecipient;
import de.lotse.insights.PartnerReports;
import de.lotse.insights.RecipientDraft;
import de.lotse.insights.ReportSend;
import de.lotse.organisation.StaffMember;

/**
 * The partner report page: who gets the report (approved centres, further recipients), the form for another, and for
 * quality management the mail of the due quarter as it goes out and to whom it went.
 *
 * @param sent how many mails "send now" sent, if it was just used
 */
public record PartnerReportView(StaffMember viewer, List<PartnerRecipient> recipients, List<PartnerRecipient> further,
        RecipientDraft form, List<FieldProblem> problems, Optional<PartnerReports.Preview> preview, boolean saved,
        Optional<Integer> sent) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.GERMAN)
            .withZone(ZoneId.of("Europe/Berlin"));

    public Optional<FieldProblem> problem(String field) {
        return problems.stream().filter(problem -> problem.field().equals(field)).findFirst();
    }

    public boolean centre(PartnerRecipient recipient) {
        return recipient.id().isEmpty();
    }

    public String when(ReportSend send) {
        return send.sentAt().map(WHEN::format).orElse("–");
    }
}
