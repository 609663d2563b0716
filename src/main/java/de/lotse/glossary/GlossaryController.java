package de.lotse.glossary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The glossary page: public, one definition list, works without JavaScript. */
@Controller
class GlossaryController {

    @GetMapping(Glossary.PATH)
    String words(Model model) {
        model.addAttribute("words", Glossary.WORDS);
        return "glossary/words";
    }
}
