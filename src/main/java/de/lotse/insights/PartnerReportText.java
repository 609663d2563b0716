package de.lotse.insights;

import java.util.Locale;
import java.util.OptionalDouble;

import org.springframework.context.MessageSource;

import de.lotse.organisation.Site;

/**
 * The mail that carries the quarterly report to the partners, in German (they are professionals): what the measures
 * changed and their measured effect, the quarter's count, and that the PDF is attached. Numbers below 5 are not named.
 */
final class PartnerReportText {

    private final MessageSource texts;

    PartnerReportText(MessageSource texts) {
        this.texts = texts;
    }

    String subject(ReportData report) {
        return t("staff.partnerReport.mail.subject", report.quarter().number(), year(report), report.jobcenter());
    }

    String body(ReportData report) {
        StringBuilder body = new StringBuilder();
        body.append(t("staff.partnerReport.mail.greeting")).append("\n\n");
        body.append(t("staff.partnerReport.mail.intro", report.quarter().number(), year(report),
                report.jobcenter())).append("\n\n");
        var total = report.figures().topicsBySite().total();
        body.append(total.isPresent() ? t("staff.partnerReport.mail.total", total.getAsLong())
                : t("staff.partnerReport.mail.totalSuppressed")).append('\n');
        body.append(t("staff.partnerReport.mail.patterns", report.figures().patterns().size())).append("\n\n");
        body.append(t("staff.partnerReport.mail.measures")).append('\n');
        if (report.measures().isEmpty()) {
            body.append(t("staff.partnerReport.mail.noMeasures")).append('\n');
        }
        for (ReportData.MeasureReport reported : report.measures()) {
            Measure measure = reported.measure();
            String site = measure.target().site()
                    .flatMap(id -> report.figures().site(id.value().toString())).map(Site::name)
                    .orElse(t("staff.insights.allSites"));
            body.append("\n- ").append(measure.plan().title()).append(" (")
                    .append(t("staff.insights.legalTopic." + measure.target().legalTopic())).append(", ").append(site)
                    .append(")\n  ").append(t("staff.partnerReport.mail.change",
                            t("staff.measures.change." + measure.plan().change().name()), measure.plan().description()))
                    .append("\n  ").append(t("staff.partnerReport.mail.status",
                            t("staff.measures.status." + measure.status().name())))
                    .append("\n  ").append(reported.effect().map(effect -> effect.change().isPresent()
                            ? t("staff.partnerReport.mail.effect", rate(effect.rateBefore()), effect.monthsBefore(),
                                    rate(effect.rateAfter()), effect.monthsAfter(), change(effect.change()))
                            : t("staff.partnerReport.mail.effectSuppressed"))
                            .orElse(t("staff.partnerReport.mail.effectNotYet")))
                    .append('\n');
        }
        body.append('\n').append(t("staff.partnerReport.mail.privacy")).append("\n\n");
        body.append(t("staff.partnerReport.mail.closing", report.jobcenter())).append('\n');
        return body.toString();
    }

    /** As text: a number argument would be written 2.026. */
    private static String year(ReportData report) {
        return String.valueOf(report.quarter().year());
    }

    static String attachmentName(ReportData report) {
        return "lotse-bericht-" + report.quarter() + ".pdf";
    }

    private static String rate(OptionalDouble rate) {
        return String.format(Locale.GERMAN, "%.1f", rate.orElse(0));
    }

    private static String change(OptionalDouble change) {
        return String.format(Locale.GERMAN, "%+.0f %%", change.orElse(0) * 100).replace('-', '−');
    }

    private String t(String key, Object... arguments) {
        return texts.getMessage(key, arguments, Locale.GERMAN);
    }
}
