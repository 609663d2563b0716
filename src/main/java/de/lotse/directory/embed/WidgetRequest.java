package de.lotse.directory.embed;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;

import de.lotse.directory.DirectoryQuery;
import de.lotse.directory.District;
import de.lotse.language.Language;

/**
 * What a homepage asks the widget to show, from the GET parameters of its address (German names, as on /beratung):
 * {@code bezirk}, {@code thema}, {@code sprache} (language of advice), {@code plz} (nearest first), {@code anzahl},
 * {@code lang} (the widget's own language), {@code farbe} and {@code hintergrund}. Values that are not understood are
 * left out rather than refused, so an old embed code still shows something; the colours are kept as typed for the
 * editor's page, which checks them ({@link WidgetColours}).
 */
public record WidgetRequest(Optional<District> district, Optional<String> topic, Optional<String> adviceLanguage,
        Optional<String> postcode, int count, Language language, String colour, String background) {

    public static final int DEFAULT_COUNT = 5;
    public static final int MAX_COUNT = DirectoryQuery.PAGE_SIZE;

    private static final Pattern TOPIC = Pattern.compile("[A-Z0-9_]{1,30}");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z]{2,4})?");
    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");

    public WidgetRequest {
        count = Math.max(1, Math.min(MAX_COUNT, count));
        colour = colour == null ? "" : colour.strip();
        background = background == null ? "" : background.strip();
    }

    /** The request as a homepage's link sent it; any parameter may be missing or nonsense. */
    public static WidgetRequest of(String district, String topic, String adviceLanguage, String postcode, String count,
            String language, String colour, String background) {
        return new WidgetRequest(
                Arrays.stream(District.values()).filter(known -> known.name().equals(strip(district))).findFirst(),
                matching(topic, TOPIC), matching(adviceLanguage, LANGUAGE_CODE), matching(postcode, POSTCODE),
                number(count), Language.byCode(language).filter(Language::pagesTranslated).orElse(Language.GERMAN),
                limited(colour), limited(background));
    }

    /**
     * The request from an address's parameters.
     *
     * @param languageParameter the parameter with the widget's language: {@code lang} on the widget, another one on
     *        pages whose own language {@code lang} sets
     */
    public static WidgetRequest of(Map<String, String> parameters, String languageParameter) {
        return of(parameters.get("bezirk"), parameters.get("thema"), parameters.get("sprache"), parameters.get("plz"),
                parameters.get("anzahl"), parameters.get(languageParameter), parameters.get("farbe"),
                parameters.get("hintergrund"));
    }

    public static WidgetRequest standard() {
        return new WidgetRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_COUNT,
                Language.GERMAN, "", "");
    }

    /** Forgets a topic the directory does not have, so the widget does not stay empty because of it. */
    WidgetRequest knowingTopics(Set<String> codes) {
        return topic.filter(codes::contains).isPresent() || topic.isEmpty() ? this
                : new WidgetRequest(district, Optional.empty(), adviceLanguage, postcode, count, language, colour, background);
    }

    DirectoryQuery query() {
        return new DirectoryQuery(district, postcode, topic, adviceLanguage, Set.of(), false, Optional.empty(),
                Optional.empty(), false, false, false, Optional.empty(), 0);
    }

    /** The colours the widget uses: as asked when readable, else the standard ones. */
    public WidgetColours colours() {
        return WidgetColours.readableOrStandard(colour, background);
    }

    /** The widget's address with every choice that differs from the standard. */
    public String widgetPath() {
        UriComponentsBuilder link = filters(UriComponentsBuilder.fromPath(WidgetController.PATH));
        if (count != DEFAULT_COUNT) {
            link.queryParam("anzahl", count);
        }
        withLanguage(link);
        withColours(link);
        return link.encode().build().toUriString();
    }

    /** The widget's stylesheet, in its colours. */
    public String stylesheetPath() {
        return withColours(UriComponentsBuilder.fromPath(WidgetController.STYLESHEET)).encode().build().toUriString();
    }

    /** The full directory search with the same filters, in the same language. */
    public String directoryPath() {
        return withLanguage(filters(UriComponentsBuilder.fromPath("/beratung"))).encode().build().toUriString();
    }

    /** The full directory search in one district, or in all, with the other filters of this request. */
    public String directoryPath(Optional<District> inDistrict) {
        return new WidgetRequest(inDistrict, topic, adviceLanguage, postcode, count, language, colour, background)
                .directoryPath();
    }

    public String entryPath(UUID service) {
        return withLanguage(UriComponentsBuilder.fromPath("/beratung/{service}")).buildAndExpand(service).encode()
                .toUriString();
    }

    private UriComponentsBuilder filters(UriComponentsBuilder link) {
        district.ifPresent(chosen -> link.queryParam("bezirk", chosen.name()));
        topic.ifPresent(chosen -> link.queryParam("thema", chosen));
        adviceLanguage.ifPresent(chosen -> link.queryParam("sprache", chosen));
        postcode.ifPresent(chosen -> link.queryParam("plz", chosen));
        return link;
    }

    private UriComponentsBuilder withLanguage(UriComponentsBuilder link) {
        if (language != Language.GERMAN) {
            link.queryParam("lang", language.code());
        }
        return link;
    }

    /** Colours go into links without their "#", which a URL would take for the start of a fragment. */
    private UriComponentsBuilder withColours(UriComponentsBuilder link) {
        WidgetColours colours = colours();
        if (!colours.standard()) {
            link.queryParam("farbe", colours.colour().substring(1)).queryParam("hintergrund",
                    colours.background().substring(1));
        }
        return link;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String limited(String value) {
        String stripped = strip(value);
        return stripped.length() > 20 ? stripped.substring(0, 20) : stripped;
    }

    private static Optional<String> matching(String value, Pattern pattern) {
        return Optional.of(strip(value)).filter(text -> pattern.matcher(text).matches());
    }

    private static int number(String value) {
        try {
            return value == null || value.isBlank() ? DEFAULT_COUNT : Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            return DEFAULT_COUNT;
        }
    }
}
