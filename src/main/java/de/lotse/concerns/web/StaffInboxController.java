package de.lotse.concerns.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import de.lotse.concerns.CaseWork;
import de.lotse.concerns.ConcernKind;
import de.lotse.concerns.ConcernNotFound;
import de.lotse.concerns.ConcernStatus;
import de.lotse.concerns.InboxFilter;
import de.lotse.concerns.Urgency;
import de.lotse.organisation.Site;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffPrincipal;
import de.lotse.web.Pages;
import jakarta.servlet.http.HttpServletRequest;

/** The staff inbox and the concern page. Works without JavaScript: filters are a GET form, pages are links. */
@Controller
class StaffInboxController {

    private final CaseWork caseWork;
    private final Sites sites;
    private final Pages pages;

    StaffInboxController(CaseWork caseWork, Sites sites, Pages pages) {
        this.caseWork = caseWork;
        this.sites = sites;
        this.pages = pages;
    }

    @GetMapping("/arbeit")
    String inbox(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "art", required = false) String kind,
            @RequestParam(name = "dringlichkeit", required = false) String urgency,
            @RequestParam(name = "ueberfaellig", required = false) boolean overdueOnly,
            @RequestParam(name = "seite", defaultValue = "0") int page, Model model) {
        InboxFilter filter = new InboxFilter(choice(ConcernStatus.class, status), choice(ConcernKind.class, kind),
                choice(Urgency.class, urgency), overdueOnly, page);
        model.addAttribute("view", new InboxView(principal.member(), caseWork.inbox(principal.member(), filter),
                siteNames(principal)));
        return "concerns/inbox";
    }

    @GetMapping("/arbeit/anliegen/{reference}")
    String concern(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference, Model model) {
        model.addAttribute("view", new CaseView(principal.member(), caseWork.open(principal.member(), reference),
                siteNames(principal)));
        return "concerns/case";
    }

    @ExceptionHandler(ConcernNotFound.class)
    ModelAndView notFound(HttpServletRequest request) {
        return new ModelAndView("error", Map.of("page", pages.of(request), "kind", "notFound"), HttpStatus.NOT_FOUND);
    }

    private Map<SiteId, String> siteNames(StaffPrincipal principal) {
        return sites.of(principal.member().jobcenter()).stream().collect(Collectors.toMap(Site::id, Site::name));
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Function<String, String> constant = text -> text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(constant.apply(typed))).findFirst();
    }
}
