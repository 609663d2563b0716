package de.lotse.directory;

import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.lotse.directory.DirectoryEntry.Location;

/**
 * The published directory held in memory, so a search reads no database: a few thousand services fit easily, and
 * searching them is a scan of prepared data. Loaded at first use, then replaced in the background when it is older than
 * {@code lotse.directory.snapshot-max-age} (a minute) or at once after a change ({@link #refresh()}); readers keep using
 * the previous one meanwhile.
 */
@Component
public class DirectorySnapshot {

    /** An entry prepared for searching: its text normalised once, its places and features gathered. */
    record Listed(DirectoryEntry entry, String text, List<GeoPoint> places, Set<District> districts,
            List<Set<Accessibility>> featuresByPlace) {

        static Listed of(DirectoryEntry entry, Map<String, Topic> topics, List<Translation> translations) {
            StringBuilder text = new StringBuilder();
            translations.forEach(translation -> text.append(translation.text()).append(' '));
            text.append(entry.service().name()).append(' ').append(entry.service().description()).append(' ')
                    .append(entry.organization().name()).append(' ').append(entry.organization().description());
            entry.organization().alternateName().ifPresent(name -> text.append(' ').append(name));
            entry.organization().provider().ifPresent(provider -> text.append(' ').append(provider));
            entry.service().easyDescription().ifPresent(easy -> text.append(' ').append(easy));
            for (String code : entry.topics()) {
                Optional.ofNullable(topics.get(code)).ifPresent(topic -> text.append(' ').append(topic.german()));
            }
            Set<District> districts = EnumSet.noneOf(District.class);
            List<GeoPoint> places = new ArrayList<>();
            List<Set<Accessibility>> features = new ArrayList<>();
            for (Location location : entry.locations()) {
                districts.add(location.district());
                places.add(new GeoPoint(location.latitude(), location.longitude()));
                features.add(location.accessibility());
                text.append(' ').append(location.name()).append(' ').append(location.address());
            }
            return new Listed(entry, SearchText.normalize(text.toString()), places, districts, features);
        }
    }

    record Contents(List<Listed> entries, Map<UUID, Listed> byId, Map<String, GeoPoint> centroids, List<Topic> topics,
            List<String> languages, Map<UUID, List<Translation>> translations, long loadedAtNanos) {
    }

    private static final Logger log = LoggerFactory.getLogger(DirectorySnapshot.class);

    private final DirectoryEntries entries;
    private final EntryTranslations translations;
    private final PostcodeCentroids centroids;
    private final Topics topics;
    private final long maxAgeNanos;
    private final AtomicBoolean reloading = new AtomicBoolean();
    private volatile Contents contents;

    DirectorySnapshot(DirectoryEntries entries, EntryTranslations translations, PostcodeCentroids centroids,
            Topics topics, @Value("${lotse.directory.snapshot-max-age:1m}") Duration maxAge) {
        this.entries = entries;
        this.translations = translations;
        this.centroids = centroids;
        this.topics = topics;
        this.maxAgeNanos = maxAge.toNanos();
    }

    Contents contents() {
        Contents current = contents;
        if (current == null) {
            synchronized (this) {
                if (contents == null) {
                    contents = load();
                }
                return contents;
            }
        }
        if (System.nanoTime() - current.loadedAtNanos() > maxAgeNanos && reloading.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> {
                try {
                    contents = load();
                } catch (RuntimeException e) {
                    log.warn("Directory snapshot not reloaded, the previous one stays in use", e);
                } finally {
                    reloading.set(false);
                }
            });
        }
        return current;
    }

    /** Loads the published directory again now; call after publishing, changing or withdrawing an entry. */
    public void refresh() {
        Contents fresh = load();
        synchronized (this) {
            contents = fresh;
        }
    }

    /** A published entry by its service id. */
    public Optional<DirectoryEntry> published(UUID service) {
        return Optional.ofNullable(contents().byId().get(service)).map(Listed::entry);
    }

    /** A published entry's name and description in the reader's language, where its editors translated them. */
    public EntryText text(DirectoryEntry entry, de.lotse.language.Language reader) {
        return EntryText.of(entry, contents().translations().getOrDefault(entry.service().id(), List.of()), reader);
    }

    /** The centre point of a Hamburg postcode, where a location without coordinates of its own is placed. */
    public Optional<GeoPoint> centroid(String postcode) {
        return Optional.ofNullable(contents().centroids().get(postcode));
    }

    public List<Topic> topics() {
        return contents().topics();
    }

    /** The languages advice is given in somewhere in the directory, as codes (de, en, uk …). */
    public List<String> languages() {
        return contents().languages();
    }

    private Contents load() {
        long started = System.nanoTime();
        List<Topic> allTopics = topics.all();
        Map<String, Topic> topicsByCode = new HashMap<>();
        allTopics.forEach(topic -> topicsByCode.put(topic.code(), topic));
        Collator german = Collator.getInstance(Locale.GERMAN);
        List<Listed> listed = new ArrayList<>();
        Map<UUID, Listed> byId = new HashMap<>();
        Set<String> languages = new TreeSet<>();
        Map<UUID, List<Translation>> translated = translations.all();
        for (DirectoryEntry entry : entries.published()) {
            Listed prepared = Listed.of(entry, topicsByCode, translated.getOrDefault(entry.service().id(), List.of()));
            listed.add(prepared);
            byId.put(entry.service().id(), prepared);
            languages.addAll(entry.languages());
        }
        listed.sort(Comparator.comparing((Listed entry) -> entry.entry().service().name(), german));
        Contents loaded = new Contents(List.copyOf(listed), Map.copyOf(byId), Map.copyOf(centroids.all()),
                List.copyOf(allTopics), List.copyOf(languages), Map.copyOf(translated), System.nanoTime());
        log.debug("Directory snapshot: {} published services in {} ms", listed.size(),
                (System.nanoTime() - started) / 1_000_000);
        return loaded;
    }
}
