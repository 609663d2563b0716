package de.lotse.directory.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.District;
import de.lotse.directory.Topic;
import de.lotse.directory.web.Wording;

/** What the embedded widget shows: a few published centres matching the homepage's choice, and the way to all. */
public final class WidgetPage {

    /** A hidden field of the widget's search form, which carries the widget's filters to the full search. */
    public record Hidden(String name, String value) {
    }

    private final WidgetRequest request;
    private final List<DirectoryEntry> entries;
    private final int total;
    private final Map<String, Topic> topics;

    WidgetPage(WidgetRequest request, List<DirectoryEntry> entries, int total, List<Topic> topics) {
        this.request = request;
        this.entries = List.copyOf(entries);
        this.total = total;
        this.topics = topics.stream().collect(Collectors.toMap(Topic::code, Function.identity()));
    }

    public List<DirectoryEntry> entries() {
        return entries;
    }

    public int total() {
        return total;
    }

    public Optional<District> district() {
        return request.district();
    }

    public Optional<String> topicName() {
        return request.topic().map(topics::get).map(topic -> topic.name(request.language()));
    }

    public String stylesheet() {
        return request.stylesheetPath();
    }

    public String directoryLink() {
        return request.directoryPath();
    }

    public String entryLink(DirectoryEntry entry) {
        return request.entryPath(entry.service().id());
    }

    public List<String> topicNames(DirectoryEntry entry) {
        return entry.topics().stream().map(topics::get).filter(Objects::nonNull)
                .map(topic -> topic.name(request.language())).toList();
    }

    public List<District> districts(DirectoryEntry entry) {
        return entry.locations().stream().map(DirectoryEntry.Location::district).distinct().toList();
    }

    public Optional<DirectoryEntry.Phone> phone(DirectoryEntry entry) {
        return entry.phones().stream().findFirst();
    }

    public String telLink(DirectoryEntry.Phone phone) {
        return Wording.telLink(phone.number());
    }

    public List<Hidden> searchFilters() {
        List<Hidden> hidden = new ArrayList<>();
        request.district().ifPresent(district -> hidden.add(new Hidden("bezirk", district.name())));
        request.topic().ifPresent(topic -> hidden.add(new Hidden("thema", topic)));
        request.adviceLanguage().ifPresent(language -> hidden.add(new Hidden("sprache", language)));
        request.postcode().ifPresent(postcode -> hidden.add(new Hidden("plz", postcode)));
        hidden.add(new Hidden("lang", request.language().code()));
        return hidden;
    }
}
