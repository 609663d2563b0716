package de.lotse.insights.web;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.lotse.insights.InsightDashboard;
import de.lotse.insights.ReportData;
import de.lotse.insights.ReportDocument;
import de.lotse.language.Language;
import de.lotse.web.Page;
import de.lotse.web.Pages;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The quarterly report as tagged PDF, from the report's template: in German, for the download as for the mail to the
 * partners, so both are the same document.
 */
@Component
class ReportPdfDocument implements ReportDocument {

    private final TemplateEngine templates;
    private final Pages pages;

    ReportPdfDocument(TemplateEngine templates, Pages pages) {
        this.templates = templates;
        this.pages = pages;
    }

    @Override
    public byte[] pdf(ReportData report) {
        return pdf(report, pages.detached(Language.GERMAN));
    }

    byte[] pdf(ReportData report, Page page) {
        // The report's labels need no viewer: it has no staff bar and no filter.
        DashboardView labels = new DashboardView(null, report.figures(),
                new InsightDashboard.Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                report.figures().sites());
        StringOutput xhtml = new StringOutput();
        templates.render("insights/report.jte", Map.of("page", page, "view", new ReportView(report, labels)), xhtml);
        return ReportPdf.render(xhtml.toString());
    }
}
