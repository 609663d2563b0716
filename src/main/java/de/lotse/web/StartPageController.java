package de.lotse.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what Lotse is for, and the ways in. */
@Controller
class StartPageController {

    @GetMapping("/")
    String start() {
        return "start";
    }
}
