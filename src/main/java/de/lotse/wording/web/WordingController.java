package de.lotse.wording.web;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import de.lotse.language.Language;
import de.lotse.organisation.NotFound;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffPrincipal;
import de.lotse.wording.InvalidText;
import de.lotse.wording.Wording;
import jakarta.servlet.http.HttpServletResponse;

/** The administrators' page for their Jobcenter's wording; every change is checked again in {@link Wording}. */
@Controller
class WordingController {

    static final String PATH = "/arbeit/verwaltung/texte";

    private final Wording wording;

    WordingController(Wording wording) {
        this.wording = wording;
    }

    @GetMapping(PATH)
    String search(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "suche", required = false, defaultValue = "") String query, Model model) {
        StaffMember admin = principal.member();
        List<Wording.FoundText> found = wording.search(admin, query);
        model.addAttribute("view", new WordingSearchView(admin, query.strip(),
                found.stream().limit(Wording.MAX_FOUND).toList(), found.size() > Wording.MAX_FOUND));
        return "wording/search";
    }

    @GetMapping(PATH + "/text")
    String text(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam(name = "schluessel") String key,
            @RequestParam(name = "gespeichert", required = false) String saved, Model model) {
        return render(principal.member(), key, Optional.empty(), Language.byCode(saved), model);
    }

    @PostMapping(PATH + "/text")
    Object override(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam(name = "schluessel") String key,
            @RequestParam(name = "sprache") String languageCode, @RequestParam(name = "text", required = false) String text,
            HttpServletResponse response, Model model) {
        StaffMember admin = principal.member();
        Language language = Language.byCode(languageCode).orElseThrow(() -> new NotFound("text or language"));
        try {
            wording.override(admin, key, language, text);
            return saved(key, language);
        } catch (InvalidText invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(admin, key, Optional.of(new WordingTextView.Problem(language, invalid.messageKey(),
                    invalid.arguments(), text == null ? "" : text)), Optional.empty(), model);
        }
    }

    @PostMapping(PATH + "/zuruecksetzen")
    Object reset(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam(name = "schluessel") String key,
            @RequestParam(name = "sprache") String languageCode) {
        Language language = Language.byCode(languageCode).orElseThrow(() -> new NotFound("text or language"));
        wording.reset(principal.member(), key, language);
        return saved(key, language);
    }

    private String render(StaffMember admin, String key, Optional<WordingTextView.Problem> problem,
            Optional<Language> saved, Model model) {
        Wording.Text text = wording.text(admin, key).orElseThrow(() -> new NotFound("text or language"));
        model.addAttribute("view", new WordingTextView(admin, text, problem, saved));
        return "wording/text";
    }

    private static RedirectView saved(String key, Language language) {
        String target = UriComponentsBuilder.fromPath(PATH + "/text").queryParam("schluessel", key)
                .queryParam("gespeichert", language.code()).fragment("sprache-" + language.code()).encode().build()
                .toUriString();
        RedirectView redirect = new RedirectView(target, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }
}
