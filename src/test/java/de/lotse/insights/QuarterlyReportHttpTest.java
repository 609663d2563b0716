package de.lotse.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.calendar.HamburgCalendar;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quarterly report on the demo history: a tagged PDF that can be read as text, a CSV of every table and open-data
 * JSON — none with a number below 5, none with a lone suppressed number in a row or column.
 */
@IntegrationTest
class QuarterlyReportHttpTest {

    @Autowired MockMvc mvc;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired Clock clock;

    private StaffFixtures staff;
    private String quarter;

    @BeforeEach
    void fixtures() {
        staff = new StaffFixtures(accounts, sites, jobcenter);
        quarter = Quarter.of(YearMonth.now(clock.withZone(HamburgCalendar.ZONE))).toString();
    }

    private MockHttpSession login(StaffMember member) throws Exception {
        return (MockHttpSession) mvc.perform(post("/anmelden").with(RealCsrf.from(mvc)).param("login", member.login())
                .param("password", StaffFixtures.PASSWORD)).andReturn().getRequest().getSession(false);
    }

    private MvcResult fetch(StaffRole role, String extension) throws Exception {
        return mvc.perform(get("/arbeit/einblicke/bericht/" + quarter + "." + extension).session(login(staff.member(role))))
                .andReturn();
    }

    @Test
    void the_pdf_is_tagged_titled_in_german_and_readable_as_text_with_its_charts() throws Exception {
        MvcResult result = fetch(StaffRole.QUALITY_MANAGEMENT, "pdf");

        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith("de");
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Quartalsbericht");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfuaid:part");
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Quartalsbericht", "Kosten der Unterkunft und Heizung", "Auffällige Anstiege",
                    "Vergleich mit veröffentlichten Zahlen");
            // the dashboard's bar charts, drawn as boxes with their numbers, and still the tables with the same
            assertThat(text).contains("Anliegen nach Verwaltungsproblem", "Balken: Ergebnisse",
                    "Rechtsgebiet nach Standort");
        }
    }

    @Test
    void the_csv_has_no_number_below_five_and_no_lone_suppressed_number() throws Exception {
        MvcResult result = fetch(StaffRole.EXECUTIVE_MANAGER, "csv");
        String[] lines = result.getResponse().getContentAsString(StandardCharsets.UTF_8).split("\r\n");

        assertThat(lines[0]).isEqualTo("table,row,column,value");
        Map<String, Integer> suppressedPerLine = new HashMap<>();
        List<String> counted = new ArrayList<>();
        for (String line : List.of(lines).subList(1, lines.length)) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals("timeliness") || cells[0].equals("measures")) {
                continue;
            }
            counted.add(cells[0]);
            if (cells[3].isEmpty()) {
                suppressedPerLine.merge(cells[0] + "|row|" + cells[1], 1, Integer::sum);
                suppressedPerLine.merge(cells[0] + "|column|" + cells[2], 1, Integer::sum);
            } else {
                assertThat(Long.parseLong(cells[3])).as(line).isGreaterThanOrEqualTo(5);
            }
        }
        assertThat(counted).contains("legal_topic_by_site", "problem_by_site", "outcome", "referral_outcome_by_legal_topic");
        assertThat(suppressedPerLine).isNotEmpty().allSatisfy((line, suppressed) -> assertThat(suppressed).as(line).isNotEqualTo(1));
    }

    @Test
    void the_open_data_json_holds_the_suppressed_aggregates_only() throws Exception {
        MvcResult result = fetch(StaffRole.QUALITY_MANAGEMENT, "json");
        JsonNode json = JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());

        assertThat(json.get("licence").asString()).isEqualTo("dl-de/by-2-0");
        assertThat(json.get("tables").get("legal_topic_by_site").get("columns").toString()).contains("harburg");
        List<JsonNode> numbers = new ArrayList<>();
        json.get("tables").forEach(table -> {
            table.get("cells").forEach(row -> row.forEach(numbers::add));
            table.get("row_totals").forEach(numbers::add);
            table.get("column_totals").forEach(numbers::add);
            numbers.add(table.get("total"));
        });
        assertThat(numbers).anyMatch(JsonNode::isNull)
                .allMatch(number -> number.isNull() || number.asLong() >= 5);
    }

    @Test
    void an_agent_gets_no_report() throws Exception {
        assertThat(fetch(StaffRole.AGENT, "pdf").getResponse().getStatus()).isEqualTo(403);
    }
}
