package de.lotse.directory.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.lotse.directory.Accessibility;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.EntryText;
import de.lotse.directory.DirectorySearch;
import de.lotse.directory.District;
import de.lotse.directory.Topic;
import de.lotse.directory.Visit;
import de.lotse.language.Language;

/** What the search page shows: the form as sent, its choices, and one page of results. */
public final class SearchPage {

    private final SearchForm form;
    private final DirectorySearch.Result result;
    private final List<Topic> topics;
    private final Map<String, Topic> topicsByCode;
    private final List<String> languages;
    private final Language reader;
    private final Function<DirectoryEntry, EntryText> texts;

    SearchPage(SearchForm form, DirectorySearch.Result result, List<Topic> topics, List<String> languages, Language reader,
            Function<DirectoryEntry, EntryText> texts) {
        this.texts = texts;
        this.form = form;
        this.result = result;
        this.topics = topics;
        this.topicsByCode = topics.stream().collect(Collectors.toMap(Topic::code, Function.identity()));
        this.languages = languages;
        this.reader = reader;
    }

    public String text() {
        return form.text();
    }

    public String postcode() {
        return form.postcode();
    }

    public boolean refined() {
        return form.refined();
    }

    public List<District> districts() {
        return List.of(District.values());
    }

    public boolean chose(District district) {
        return district.name().equals(form.district());
    }

    public List<Topic> topics() {
        return topics;
    }

    public boolean chose(Topic topic) {
        return topic.code().equals(form.topic());
    }

    public String topicName(Topic topic) {
        return topic.name(reader);
    }

    public List<String> languages() {
        return languages;
    }

    public boolean choseLanguage(String code) {
        return code.equals(form.language());
    }

    public List<Accessibility> accessibilityFeatures() {
        return List.of(Accessibility.values());
    }

    public boolean chose(Accessibility feature) {
        return form.accessibilityFeatures().contains(feature);
    }

    public boolean openNow() {
        return SearchForm.OPEN_NOW.equals(form.open());
    }

    public List<DayOfWeek> weekdays() {
        return Arrays.asList(DayOfWeek.values());
    }

    public String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    public boolean chose(DayOfWeek day) {
        return code(day).equals(form.open());
    }

    public String weekdayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, reader.locale());
    }

    public List<Visit> visits() {
        return List.of(Visit.values());
    }

    public boolean chose(Visit visit) {
        return visit.name().equals(form.visit());
    }

    public boolean anyVisit() {
        return form.visit().isEmpty() || Arrays.stream(Visit.values()).noneMatch(this::chose);
    }

    public boolean free() {
        return form.free();
    }

    public boolean phone() {
        return form.phone();
    }

    public boolean video() {
        return form.video();
    }

    public DirectorySearch.Result result() {
        return result;
    }

    public boolean unknownPostcode() {
        return result.unknownPostcode();
    }

    public List<DirectorySearch.Hit> hits() {
        return result.hits();
    }

    /** The entry's name in the reader's language where its editors translated it, else German. */
    public EntryText text(DirectoryEntry entry) {
        return texts.apply(entry);
    }

    public String entryLink(DirectoryEntry entry) {
        return "/beratung/" + entry.service().id();
    }

    public String distance(DirectorySearch.Hit hit) {
        return Wording.kilometres(hit.distanceKm().orElse(0), reader.locale());
    }

    public List<District> districtsOf(DirectoryEntry entry) {
        return entry.locations().stream().map(DirectoryEntry.Location::district).distinct().toList();
    }

    public List<Accessibility> accessibilityOf(DirectoryEntry entry) {
        return entry.locations().stream().flatMap(location -> location.accessibility().stream()).distinct().sorted()
                .toList();
    }

    public List<String> topicNamesOf(DirectoryEntry entry) {
        return entry.topics().stream().map(topicsByCode::get).filter(java.util.Objects::nonNull)
                .map(topic -> topic.name(reader)).toList();
    }

    public String nativeName(String code) {
        return Wording.nativeName(code);
    }

    public String direction(String code) {
        return Wording.direction(code);
    }

    public String previousLink() {
        return form.pageLink(result.page() - 1);
    }

    public String nextLink() {
        return form.pageLink(result.page() + 1);
    }

    public int firstShown() {
        return result.total() == 0 ? 0 : result.page() * de.lotse.directory.DirectoryQuery.PAGE_SIZE + 1;
    }

    public int lastShown() {
        return firstShown() == 0 ? 0 : firstShown() + result.hits().size() - 1;
    }
}
