package de.lotse.directory.web;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

import de.lotse.directory.Accessibility;
import de.lotse.directory.DirectoryQuery;
import de.lotse.directory.District;
import de.lotse.directory.Visit;

/**
 * The search form as sent (GET, German parameter names so links read well), kept as typed so the page shows it again.
 * Values that are not understood are ignored rather than refused: a shared or old link still finds something.
 */
record SearchForm(String text, String postcode, String district, String topic, String language,
        List<String> accessibility, String open, String visit, boolean free, boolean phone, boolean video, int page) {

    static final String OPEN_NOW = "jetzt";

    SearchForm {
        text = trim(text, 200);
        postcode = trim(postcode, 10);
        district = trim(district, 30);
        topic = trim(topic, 30);
        language = trim(language, 10);
        accessibility = accessibility == null ? List.of() : List.copyOf(accessibility);
        open = trim(open, 10);
        visit = trim(visit, 20);
    }

    DirectoryQuery query() {
        return new DirectoryQuery(parse(District.class, district), present(postcode), present(topic), present(language),
                accessibilityFeatures(), OPEN_NOW.equals(open), openOn(), parse(Visit.class, visit), free, phone, video,
                present(text), page);
    }

    Set<Accessibility> accessibilityFeatures() {
        Set<Accessibility> features = EnumSet.noneOf(Accessibility.class);
        accessibility.forEach(value -> parse(Accessibility.class, value).ifPresent(features::add));
        return features;
    }

    Optional<DayOfWeek> openOn() {
        return Arrays.stream(DayOfWeek.values()).filter(day -> day.name().substring(0, 2).equals(open)).findFirst();
    }

    /** Whether any of the filters beyond words and postcode is set, so the page shows them open. */
    boolean refined() {
        return !district.isEmpty() || !topic.isEmpty() || !language.isEmpty() || !accessibility.isEmpty()
                || !open.isEmpty() || !visit.isEmpty() || free || phone || video;
    }

    /** This search's address on another page of results. */
    String pageLink(int otherPage) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/beratung");
        add(link, "suche", text);
        add(link, "plz", postcode);
        add(link, "bezirk", district);
        add(link, "thema", topic);
        add(link, "sprache", language);
        accessibility.forEach(feature -> add(link, "barrierefrei", feature));
        add(link, "offen", open);
        add(link, "besuch", visit);
        if (free) {
            link.queryParam("kostenlos", "true");
        }
        if (phone) {
            link.queryParam("telefon", "true");
        }
        if (video) {
            link.queryParam("video", "true");
        }
        if (otherPage > 0) {
            link.queryParam("seite", otherPage + 1);
        }
        return link.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder link, String name, String value) {
        if (!value.isEmpty()) {
            link.queryParam(name, value);
        }
    }

    private static String trim(String value, int max) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    private static Optional<String> present(String value) {
        return Optional.of(value).filter(text -> !text.isEmpty());
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst();
    }
}
