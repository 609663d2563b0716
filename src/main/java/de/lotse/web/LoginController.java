package de.lotse.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff login page; Spring Security checks the password it posts. */
@Controller
class LoginController {

    @GetMapping(SecurityConfiguration.LOGIN)
    String login(@RequestParam(name = "fehler", required = false) String failed,
            @RequestParam(name = "abgemeldet", required = false) String loggedOut, Model model) {
        model.addAttribute("failed", failed != null);
        model.addAttribute("loggedOut", loggedOut != null);
        return "login";
    }
}
