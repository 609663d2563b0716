package de.lotse.directory.embed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lotse.directory.DirectorySearch;
import de.lotse.directory.DirectorySnapshot;
import de.lotse.directory.Topic;
import de.lotse.web.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The widget other sites embed in an iframe: a few counselling centres and a search that opens the full directory. It
 * is the one page that may be framed by other origins (see the web module's security configuration), and it sets no
 * cookie and loads nothing but its own stylesheet. Its language comes from its address alone, so one address is one
 * answer that caches may keep for a few minutes.
 */
@Controller
class WidgetController {

    static final String PATH = "/beratung/widget";
    static final String STYLESHEET = "/beratung/widget.css";
    static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private static final CacheControl ONE_HOUR = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
    private static final MediaType TEXT_CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

    private final DirectorySearch search;
    private final DirectorySnapshot snapshot;
    private final WidgetStylesheet stylesheet;
    private final Pages pages;

    WidgetController(DirectorySearch search, DirectorySnapshot snapshot, WidgetStylesheet stylesheet, Pages pages) {
        this.search = search;
        this.snapshot = snapshot;
        this.stylesheet = stylesheet;
        this.pages = pages;
    }

    @GetMapping(PATH)
    String widget(@RequestParam Map<String, String> parameters, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        List<Topic> topics = snapshot.topics();
        WidgetRequest asked = WidgetRequest.of(parameters, "lang").knowingTopics(topics.stream().map(Topic::code).collect(Collectors.toSet()));
        ShownEntries shown = ShownEntries.find(search, asked);
        model.addAttribute("page", pages.of(request, asked.language()));
        model.addAttribute("view", new WidgetPage(asked, shown.entries(), shown.total(), topics));
        response.setHeader(HttpHeaders.CACHE_CONTROL, FIVE_MINUTES.getHeaderValue());
        return "directory/widget";
    }

    @GetMapping(STYLESHEET)
    ResponseEntity<String> stylesheet(@RequestParam(name = "farbe", required = false) String colour,
            @RequestParam(name = "hintergrund", required = false) String background) {
        return ResponseEntity.ok().cacheControl(ONE_HOUR).contentType(TEXT_CSS)
                .body(stylesheet.in(WidgetColours.readableOrStandard(colour, background)));
    }
}
