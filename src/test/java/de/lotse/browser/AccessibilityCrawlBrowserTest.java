package de.lotse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import de.lotse.IntegrationTest;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.Receipt;
import de.lotse.directline.DirectLineFixtures;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/**
 * Every page a person can reach by following links, in a real browser, checked with axe-core (WCAG 2.1 A and AA):
 * breadth-first from the start page (with a status page), the staff area in every staff role and the partner area in
 * every partner role. Downloads, the logout, other origins and language switches are not followed; pages of one
 * shape (the same path but for ids and references, or the same path with other queries) are visited three times at
 * most, so that a full inbox or directory does not crowd out the other pages.
 */
@IntegrationTest
class AccessibilityCrawlBrowserTest {

    private static final int MAX_PAGES = 250;
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(abmelden|api/|v3/|actuator|webjars/|css/|js/|oauth2/|login/oauth2).*|.*/(meine-daten|anhang/[^/]+|dokumente?/[^/]+)$"
                    + "|.*\\.(csv|json|zip|pdf|png|jpg|svg|ico)$");

    @RegisterExtension
    static final OpenBrowser session = new OpenBrowser();

    @LocalServerPort int port;
    @Autowired ConcernIntake intake;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired CounsellingCentres centres;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void every_page_reachable_by_links_has_no_axe_violations() {
        long started = System.nanoTime();
        Receipt concern = intake.submit(new de.lotse.concerns.ConcernDraft("COMPLAINT", null, null,
                "Die Miete wurde nicht überwiesen.", null, null, "Erika Mustermann", "20095", false, "NONE", null, null,
                "de", false), Optional.empty());
        StaffFixtures staff = new StaffFixtures(accounts, sites, jobcenter);
        DirectLineFixtures partners = new DirectLineFixtures(centres, accounts, jobcenter);

        Crawl crawl = new Crawl();
        session.driver().manage().deleteAllCookies();
        crawl.from(List.of("/?lang=de", "/status/" + concern.secret().value(), "/anmelden", "/gibt-es-nicht",
                "/status/" + "W".repeat(43)), path -> true);
        // The other languages of the pages, without following their links (the language sticks to the browser).
        crawl.from(List.of("/?lang=de-LS", "/anliegen/neu", "/barrierefreiheit?lang=de-LS", "/?lang=en",
                "/anliegen/neu?art=QUESTION&lang=en", "/barrierefreiheit?lang=en", "/?lang=uk",
                "/anliegen/neu?art=COMPLAINT&lang=ru", "/?lang=ar", "/anliegen/neu?lang=ar", "/beratung?lang=fa",
                "/barrierefreiheit?lang=tr", "/?lang=de"), path -> false);
        // Every staff role, since each sees other pages or other parts of the same page.
        for (StaffMember member : List.of(staff.member(StaffRole.AGENT, "mitte"), staff.member(StaffRole.CASEWORKER, "mitte"),
                staff.member(StaffRole.SITE_MANAGER, "mitte"), staff.member(StaffRole.AREA_MANAGER, "mitte", "altona"),
                staff.member(StaffRole.EXECUTIVE_MANAGER), staff.member(StaffRole.QUALITY_MANAGEMENT),
                staff.member(StaffRole.ADMINISTRATOR))) {
            session.logIn(url(""), member);
            crawl.session(List.of("/arbeit", "/arbeit/verwaltung"), path -> path.startsWith("/arbeit"));
        }
        CounsellingCentre approved = partners.centre(CounsellingCentre.Status.APPROVED);
        for (StaffRole role : List.of(StaffRole.COUNSELLOR, StaffRole.PARTNER_ADMIN, StaffRole.DIRECTORY_EDITOR)) {
            session.logIn(url(""), partners.member(approved, role));
            crawl.session(List.of("/partner", "/partner/verzeichnis"), path -> path.startsWith("/partner"));
        }

        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Accessibility crawl: %d pages in %.1f s: %s%n", crawl.checked, seconds, crawl.seen);
        assertThat(crawl.checked).as("pages checked").isGreaterThan(20);
        assertThat(crawl.violations).as("axe-core violations:%n%s", String.join("\n", crawl.violations)).isEmpty();
    }

    /** Breadth-first over the pages of one person's session; the pages already checked are not checked again. */
    private final class Crawl {
        private final Set<String> seen = new LinkedHashSet<>();
        private Set<String> seenInSession = seen;
        private final Map<String, Integer> pagesPerShape = new HashMap<>();
        private final List<String> violations = new ArrayList<>();
        private int checked;

        /** A logged-in person's area: pages seen by another role look different, so they are checked again. */
        void session(List<String> seeds, java.util.function.Predicate<String> follow) {
            seenInSession = new LinkedHashSet<>();
            pagesPerShape.keySet().removeIf(shape -> shape.startsWith("/arbeit") || shape.startsWith("/partner"));
            from(seeds, follow);
            seen.addAll(seenInSession);
        }

        void from(List<String> seeds, java.util.function.Predicate<String> follow) {
            Deque<String> queue = new ArrayDeque<>(seeds);
            while (!queue.isEmpty() && checked < MAX_PAGES) {
                String target = queue.poll();
                if (!seenInSession.add(target)) {
                    continue;
                }
                session.driver().get(url(target));
                check(target);
                for (String link : links()) {
                    Optional<String> path = pageOf(link);
                    if (path.isPresent() && follow.test(path.get()) && !seenInSession.contains(path.get())
                            && !queue.contains(path.get()) && fewOfItsShape(path.get())) {
                        queue.add(path.get());
                    }
                }
            }
        }

        private void check(String page) {
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(session.driver());
            checked++;
            if (results.getPasses().isEmpty()) {
                violations.add(page + ": axe-core ran no rule");
            }
            results.getViolations().forEach(rule -> violations.add(page + ": " + rule.getId() + " (" + rule.getImpact()
                    + ") " + rule.getHelp() + " at " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                            .limit(3).toList()));
        }

        @SuppressWarnings("unchecked")
        private List<String> links() {
            return (List<String>) ((JavascriptExecutor) session.driver()).executeScript("""
                    return Array.from(document.querySelectorAll('a[href]'))
                        .filter(a => !a.hasAttribute('download')).map(a => a.href);""");
        }

        /** The link as path and query on this server, if it is a page to visit. */
        private Optional<String> pageOf(String link) {
            URI uri = URI.create(link);
            if (!"localhost".equals(uri.getHost()) || uri.getPort() != port || !uri.getScheme().startsWith("http")) {
                return Optional.empty();
            }
            String path = uri.getRawPath();
            String query = uri.getRawQuery();
            if (path == null || NOT_A_PAGE.matcher(path).matches() || (query != null && query.contains("lang="))) {
                return Optional.empty();
            }
            return Optional.of(query == null ? path : path + "?" + query);
        }

        /** Path segments with digits (ids, references) and queries count as one shape. */
        private boolean fewOfItsShape(String page) {
            String shape = page.replaceAll("\\?.*", "?").replaceAll("/[^/?]*[0-9][^/?]*", "/*");
            return pagesPerShape.merge(shape, 1, Integer::sum) <= 3;
        }
    }
}
