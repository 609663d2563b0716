package de.lotse.directory.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import de.lotse.directory.api.OpenDataPublisher;
import de.lotse.web.PublicLinks;

/** The directory's open data explained, for developers, journalists and other public bodies. Open to everyone. */
@Controller
class OpenDataPageController {

    static final String PATH = "/beratung/offene-daten";

    private final OpenDataPublisher publisher;
    private final PublicLinks links;

    OpenDataPageController(OpenDataPublisher publisher, PublicLinks links) {
        this.publisher = publisher;
        this.links = links;
    }

    @GetMapping(PATH)
    String openData(Model model) {
        model.addAttribute("view", new OpenDataPage(links.to(OpenDataPage.API), links.to(OpenDataPage.OPEN_API),
                links.to(OpenDataPage.CSV), links.to(OpenDataPage.JSON), publisher.name(), publisher.attribution()));
        return "directory/open-data";
    }
}
