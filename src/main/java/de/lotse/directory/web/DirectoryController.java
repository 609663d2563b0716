package de.lotse.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.DirectorySearch;
import de.lotse.directory.DirectorySnapshot;
import de.lotse.directory.OpeningHours;
import de.lotse.web.Page;
import de.lotse.web.Pages;
import jakarta.servlet.http.HttpServletRequest;

/** The public directory of independent counselling centres: search and one page per service. Open to everyone. */
@Controller
class DirectoryController {

    /** No such published service; answered with the 404 page. */
    static class EntryNotFound extends RuntimeException {
        EntryNotFound() {
            super(null, null, false, false);
        }
    }

    private final DirectorySearch search;
    private final DirectorySnapshot snapshot;
    private final OpeningHours openingHours;
    private final Pages pages;
    private final Clock clock;

    DirectoryController(DirectorySearch search, DirectorySnapshot snapshot, OpeningHours openingHours, Pages pages,
            Clock clock) {
        this.search = search;
        this.snapshot = snapshot;
        this.openingHours = openingHours;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/beratung")
    String search(@RequestParam(name = "suche", required = false) String text,
            @RequestParam(name = "plz", required = false) String postcode,
            @RequestParam(name = "bezirk", required = false) String district,
            @RequestParam(name = "thema", required = false) String topic,
            @RequestParam(name = "sprache", required = false) String language,
            @RequestParam(name = "barrierefrei", required = false) List<String> accessibility,
            @RequestParam(name = "offen", required = false) String open,
            @RequestParam(name = "besuch", required = false) String visit,
            @RequestParam(name = "kostenlos", required = false) String free,
            @RequestParam(name = "telefon", required = false) String phone,
            @RequestParam(name = "video", required = false) String video,
            @RequestParam(name = "seite", required = false) String page, Model model) {
        SearchForm form = new SearchForm(text, postcode, district, topic, language, accessibility, open, visit,
                checked(free), checked(phone), checked(video), pageNumber(page));
        Page current = (Page) model.getAttribute("page");
        model.addAttribute("view", new SearchPage(form, search.search(form.query()), snapshot.topics(),
                snapshot.languages(), current.language(), entry -> snapshot.text(entry, current.language())));
        return "directory/search";
    }

    @GetMapping("/beratung/{service}")
    String entry(@PathVariable String service, Model model) {
        DirectoryEntry entry = snapshot.published(uuid(service)).orElseThrow(EntryNotFound::new);
        Page current = (Page) model.getAttribute("page");
        model.addAttribute("view", new EntryPage(entry, snapshot.text(entry, current.language()), current.language(),
                LocalDate.now(clock.withZone(HamburgCalendar.ZONE)), snapshot.topics(), openingHours));
        return "directory/entry";
    }

    @ExceptionHandler(EntryNotFound.class)
    ModelAndView notFound(HttpServletRequest request) {
        return new ModelAndView("error", Map.of("page", pages.of(request), "kind", "notFound"), HttpStatus.NOT_FOUND);
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            throw new EntryNotFound();
        }
    }

    private static boolean checked(String value) {
        return value != null && !value.isBlank() && !"false".equalsIgnoreCase(value);
    }

    /** Pages count from 1 in links, from 0 in the search. */
    private static int pageNumber(String value) {
        try {
            return value == null ? 0 : Math.max(0, Math.min(10_000, Integer.parseInt(value.strip())) - 1);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
