package de.lotse.directline.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lotse.concerns.InvalidDraft;
import de.lotse.directline.DirectLine;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The client's consent, on their own phone, through the link the counsellor gave them: what they allow, to whom, for
 * how long; consent by confirming their name; withdrawal at any time through the same link.
 */
@Controller
class ConsentController {

    private final DirectLine directLine;

    ConsentController(DirectLine directLine) {
        this.directLine = directLine;
    }

    @GetMapping("/einwilligung/{secret}")
    String consent(@PathVariable String secret, @RequestParam(name = "erledigt", required = false) String done,
            HttpServletResponse response, Model model) {
        return page(secret, FormState.clean(), "", done, response, model);
    }

    @PostMapping("/einwilligung/{secret}")
    String give(@PathVariable String secret, @RequestParam(name = "givenBy", required = false) String givenBy,
            @RequestParam(name = "confirmed", required = false) boolean confirmed, HttpServletResponse response,
            Model model) {
        try {
            directLine.give(secret, givenBy, confirmed);
            return "redirect:/einwilligung/" + secret + "?erledigt=gegeben";
        } catch (InvalidDraft invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(secret, new FormState(invalid.problems()), givenBy == null ? "" : givenBy, null, response, model);
        }
    }

    @PostMapping("/einwilligung/{secret}/widerruf")
    String withdraw(@PathVariable String secret) {
        directLine.withdraw(secret);
        return "redirect:/einwilligung/" + secret + "?erledigt=widerrufen";
    }

    private String page(String secret, FormState state, String typedName, String done, HttpServletResponse response,
            Model model) {
        // The link is a capability: no caching, no referrer.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("consent", directLine.consent(secret));
        model.addAttribute("secret", secret);
        model.addAttribute("state", state);
        model.addAttribute("typedName", typedName);
        model.addAttribute("done", done);
        return "directline/consent";
    }
}
