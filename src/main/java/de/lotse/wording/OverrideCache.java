package de.lotse.wording;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import de.lotse.language.Language;
import de.lotse.organisation.JobcenterId;

/**
 * The overrides in memory, one snapshot per Jobcenter, because a page asks for a hundred texts. A change on this
 * instance drops the snapshot after its commit, so the next page shows it; other instances load a snapshot again
 * when it is older than {@code lotse.texts.refresh} (default 10 s), which bounds how long they show the old text.
 * When the database cannot be read, the last snapshot (or none: the shipped texts) stays in use and is tried again
 * after the same pause, so the outage pages still render quickly.
 */
@Component
class OverrideCache {

    private static final Logger log = LoggerFactory.getLogger(OverrideCache.class);

    private record Snapshot(Map<String, String> texts, long loadedAt) {
    }

    private final TextOverrides overrides;
    private final ShippedTexts shipped;
    private final long refreshNanos;
    private final Map<JobcenterId, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final ReentrantLock loading = new ReentrantLock();

    OverrideCache(TextOverrides overrides, ShippedTexts shipped,
            @Value("${lotse.texts.refresh:10s}") Duration refresh) {
        this.overrides = overrides;
        this.shipped = shipped;
        this.refreshNanos = refresh.toNanos();
    }

    static String slot(String key, String languageCode) {
        return key + '\u0000' + languageCode;
    }

    /**
     * The Jobcenter's text for a key in a locale. Where the locale's bundle falls back to German for the key (or the
     * locale is no language of Lotse's), the German override applies, as the German text would.
     */
    Optional<String> text(JobcenterId jobcenter, String key, Locale locale) {
        Map<String, String> texts = snapshot(jobcenter).texts();
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        Language language = language(locale);
        String own = texts.get(slot(key, language.code()));
        if (own != null || language == Language.GERMAN || shipped.of(key, language).isPresent()) {
            return Optional.ofNullable(own);
        }
        return Optional.ofNullable(texts.get(slot(key, Language.GERMAN.code())));
    }

    static Language language(Locale locale) {
        if ("LS".equalsIgnoreCase(locale.getVariant())) {
            return Language.EASY_GERMAN;
        }
        return Language.byCode(locale.getLanguage()).orElse(Language.GERMAN);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(WordingChanged changed) {
        snapshots.remove(changed.jobcenter());
    }

    private Snapshot snapshot(JobcenterId jobcenter) {
        Snapshot current = snapshots.get(jobcenter);
        if (current != null && System.nanoTime() - current.loadedAt() < refreshNanos) {
            return current;
        }
        // The first load waits; a refresh is done by one thread while the others keep reading the old snapshot.
        if (current == null) {
            loading.lock();
        } else if (!loading.tryLock()) {
            return current;
        }
        try {
            Snapshot again = snapshots.get(jobcenter);
            if (again != null && again != current && System.nanoTime() - again.loadedAt() < refreshNanos) {
                return again;
            }
            Snapshot loaded;
            try {
                loaded = new Snapshot(Map.copyOf(overrides.all(jobcenter)), System.nanoTime());
            } catch (DataAccessException unreadable) {
                log.warn("Text overrides unreadable, shipped texts in use: {}", unreadable.getMessage());
                loaded = new Snapshot(current == null ? Map.of() : current.texts(), System.nanoTime());
            }
            snapshots.put(jobcenter, loaded);
            return loaded;
        } finally {
            loading.unlock();
        }
    }
}
