package de.lotse.insights.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.insights.Quarter;
import de.lotse.insights.QuarterlyReports;
import de.lotse.insights.ReportData;
import de.lotse.insights.ReportExports;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.NotFound;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffPrincipal;
import de.lotse.web.Pages;
import jakarta.servlet.http.HttpServletRequest;

/** The quarterly report: a page with the last quarters, each as accessible PDF, CSV of every table and open-data JSON. */
@Controller
class ReportController {

    static final String PATH = InsightsController.PATH + "/bericht";

    private final QuarterlyReports reports;
    private final ReportPdfDocument document;
    private final Pages pages;
    private final Clock clock;

    ReportController(QuarterlyReports reports, ReportPdfDocument document, Pages pages, Clock clock) {
        this.reports = reports;
        this.document = document;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        if (!QuarterlyReports.mayRead(principal.member())) {
            throw new NotAllowed("the quarterly report");
        }
        Quarter current = Quarter.of(YearMonth.now(clock.withZone(HamburgCalendar.ZONE)));
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter quarter = current; quarters.size() < 5; quarter = quarter.previous()) {
            quarters.add(quarter);
        }
        model.addAttribute("viewer", principal.member());
        model.addAttribute("quarters", quarters);
        return "insights/reports";
    }

    @GetMapping(PATH + "/{quarter}.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String quarter,
            HttpServletRequest request) {
        ReportData report = report(principal.member(), quarter, true);
        return file(document.pdf(report, pages.of(request)), MediaType.APPLICATION_PDF, report, "pdf");
    }

    @GetMapping(PATH + "/{quarter}.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String quarter) {
        ReportData report = report(principal.member(), quarter, false);
        return file(ReportExports.csv(report).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), report, "csv");
    }

    @GetMapping(PATH + "/{quarter}.json")
    ResponseEntity<byte[]> json(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String quarter) {
        ReportData report = report(principal.member(), quarter, false);
        return file(ReportExports.json(report), MediaType.APPLICATION_JSON, report, "json");
    }

    private ReportData report(StaffMember viewer, String quarter, boolean withTexts) {
        return reports.of(viewer, Quarter.parse(quarter).orElseThrow(() -> new NotFound("quarter")), withTexts);
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, ReportData report, String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lotse-bericht-" + report.quarter() + "." + extension).build().toString())
                .body(body);
    }
}
