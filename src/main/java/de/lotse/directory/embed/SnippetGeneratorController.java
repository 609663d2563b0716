package de.lotse.directory.embed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.directory.DirectorySearch;
import de.lotse.directory.DirectorySnapshot;
import de.lotse.directory.Topic;
import de.lotse.web.Page;
import de.lotse.web.PublicLinks;
import de.lotse.web.Texts;

/**
 * The page where the Jobcenter's homepage editors make the code for the widget, the HTML list or the link block. It is
 * public: it shows nothing that the directory does not, and other public bodies (the districts, welfare associations)
 * may link the directory too. A GET form, so it needs no JavaScript, no login and no CSRF token.
 */
@Controller
class SnippetGeneratorController {

    static final String PATH = "/beratung/einbinden";
    /** Not {@code lang}, which is this page's own language. */
    static final String WIDGET_LANGUAGE = "widgetsprache";

    private final DirectorySearch search;
    private final DirectorySnapshot snapshot;
    private final MessageSource messages;
    private final PublicLinks links;
    private final Clock clock;

    SnippetGeneratorController(DirectorySearch search, DirectorySnapshot snapshot, MessageSource messages,
            PublicLinks links, Clock clock) {
        this.search = search;
        this.snapshot = snapshot;
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String generator(@RequestParam Map<String, String> parameters, Model model) {
        List<Topic> topics = snapshot.topics();
        Map<String, Topic> topicsByCode = topics.stream().collect(Collectors.toMap(Topic::code, Function.identity()));
        WidgetRequest request = WidgetRequest.of(parameters, WIDGET_LANGUAGE).knowingTopics(topicsByCode.keySet());
        SnippetVariant chosen = SnippetVariant.of(parameters.get("variante"));
        Texts texts = new Texts(messages, request.language().locale());
        // PublicLinks.to takes a path only (it would encode a query's "?"); the snippets' links have queries.
        String base = links.to("");
        HomepageSnippets snippets = new HomepageSnippets(request, texts, path -> base + path, topicsByCode);
        String code = switch (chosen) {
            case IFRAME -> snippets.iframe();
            case LINKS -> snippets.links();
            case LIST -> list(request, snippets, texts);
        };
        Page page = (Page) model.getAttribute("page");
        model.addAttribute("view", new SnippetGeneratorPage(request, chosen, topics, snapshot.languages(),
                page.language(), code, snippets.frameHeight(), snippets.title()));
        return "directory/snippet-generator";
    }

    private String list(WidgetRequest request, HomepageSnippets snippets, Texts texts) {
        ShownEntries shown = ShownEntries.find(search, request);
        String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale())
                .format(LocalDate.now(clock.withZone(HamburgCalendar.ZONE)));
        return snippets.list(shown.entries(), shown.total(), today);
    }
}
