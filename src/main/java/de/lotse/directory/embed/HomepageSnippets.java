package de.lotse.directory.embed;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.web.util.HtmlUtils;

import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.District;
import de.lotse.directory.Topic;
import de.lotse.directory.web.Wording;
import de.lotse.web.Texts;

/**
 * The code a homepage editor copies, in the widget's language: the widget's iframe, a static list of centres as plain
 * semantic HTML (no script, no stylesheet: the homepage styles it), or a block of links into the directory. Every
 * text from the directory is escaped, and the markup is well-formed, so a CMS that checks it takes it.
 */
final class HomepageSnippets {

    private static final int FRAME_BASE_HEIGHT = 300;
    private static final int FRAME_HEIGHT_PER_ENTRY = 120;

    private final WidgetRequest request;
    private final Texts texts;
    private final UnaryOperator<String> absolute;
    private final Map<String, Topic> topics;

    /**
     * @param texts in the widget's language, not necessarily the editor's
     * @param absolute makes a path into a link that works from the homepage
     */
    HomepageSnippets(WidgetRequest request, Texts texts, UnaryOperator<String> absolute, Map<String, Topic> topics) {
        this.request = request;
        this.texts = texts;
        this.absolute = absolute;
        this.topics = topics;
    }

    /** A frame tall enough for the centres asked for on a phone; the homepage may change it. */
    int frameHeight() {
        return FRAME_BASE_HEIGHT + FRAME_HEIGHT_PER_ENTRY * request.count();
    }

    String title() {
        return request.district().map(district -> texts.plain("directory.widget.title.district",
                texts.plain("directory.district." + district.name()))).orElseGet(() -> texts.plain("directory.widget.title"));
    }

    String iframe() {
        return "<iframe src=\"" + escape(absolute.apply(request.widgetPath())) + "\" title=\"" + escape(title())
                + "\" height=\"" + frameHeight() + "\" style=\"width: 100%; max-width: 40rem; border: 1px solid "
                + request.colours().colour() + ";\" loading=\"lazy\" referrerpolicy=\"no-referrer\"></iframe>\n";
    }

    /** A copy of today's list: it does not change by itself, so it says how old it is and links to the current one. */
    String list(List<DirectoryEntry> entries, int total, String asOf) {
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"lotse-beratung\" lang=\"").append(request.language().htmlLang())
                .append("\" aria-labelledby=\"lotse-beratung-titel\">\n");
        html.append("  <h2 id=\"lotse-beratung-titel\">").append(escape(title())).append("</h2>\n");
        topicName().ifPresent(topic -> html.append("  <p>")
                .append(escape(texts.plain("directory.widget.topic", topic))).append("</p>\n"));
        html.append("  <p>").append(escape(texts.plain("directory.widget.independent"))).append("</p>\n");
        if (entries.isEmpty()) {
            html.append("  <p>").append(escape(texts.plain("directory.widget.none"))).append("</p>\n");
        } else {
            html.append("  <ul>\n");
            entries.forEach(entry -> html.append("    <li>").append(item(entry)).append("</li>\n"));
            html.append("  </ul>\n");
        }
        html.append("  <p>").append(link(request.directoryPath(), texts.plain("directory.widget.all", total)))
                .append("</p>\n");
        html.append("  <p>").append(escape(texts.plain("directory.snippet.asOf", asOf))).append("</p>\n");
        return html.append("</section>\n").toString();
    }

    /** Links into the directory: all of Hamburg, then the district asked for, or every district. */
    String links() {
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"lotse-beratung-links\" lang=\"").append(request.language().htmlLang())
                .append("\" aria-labelledby=\"lotse-beratung-links-titel\">\n");
        html.append("  <h2 id=\"lotse-beratung-links-titel\">").append(escape(texts.plain("directory.snippet.links.title")))
                .append("</h2>\n");
        html.append("  <p>").append(escape(texts.plain("directory.widget.independent"))).append("</p>\n");
        html.append("  <ul>\n");
        html.append("    <li>").append(link(request.directoryPath(Optional.empty()),
                texts.plain("directory.snippet.links.everywhere"))).append("</li>\n");
        List<District> districts = request.district().map(List::of).orElseGet(() -> List.of(District.values()));
        for (District district : districts) {
            html.append("    <li>").append(link(request.directoryPath(Optional.of(district)), texts.plain(
                    "directory.snippet.links.district", texts.plain("directory.district." + district.name()))))
                    .append("</li>\n");
        }
        html.append("  </ul>\n");
        return html.append("</section>\n").toString();
    }

    private String item(DirectoryEntry entry) {
        StringBuilder item = new StringBuilder(link(request.entryPath(entry.service().id()), entry.service().name()));
        List<String> helpsWith = entry.topics().stream().map(topics::get).filter(Objects::nonNull)
                .map(topic -> topic.name(request.language())).toList();
        if (!helpsWith.isEmpty()) {
            item.append(" – ").append(escape(texts.plain("directory.widget.helpsWith", String.join(", ", helpsWith))));
        }
        List<String> districts = entry.locations().stream().map(DirectoryEntry.Location::district).distinct()
                .map(district -> texts.plain("directory.district." + district.name())).toList();
        if (!districts.isEmpty()) {
            item.append(" – ").append(escape(String.join(", ", districts)));
        }
        entry.phones().stream().findFirst().ifPresent(phone -> item.append(" – ")
                .append(escape(texts.plain("directory.entry.phone"))).append(" <a href=\"")
                .append(escape(Wording.telLink(phone.number()))).append("\">").append(escape(phone.number()))
                .append("</a>"));
        return item.toString();
    }

    private Optional<String> topicName() {
        return request.topic().map(topics::get).map(topic -> topic.name(request.language()));
    }

    private String link(String path, String label) {
        return "<a href=\"" + escape(absolute.apply(path)) + "\">" + escape(label) + "</a>";
    }

    /** For text and for quoted attribute values alike: {@code < > & " '} become entities, letters stay. */
    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
