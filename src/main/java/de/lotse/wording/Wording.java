package de.lotse.wording;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.language.Language;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

/**
 * What administrators do with their Jobcenter's wording: find a text, see it as shipped in every language beside
 * their override, override it, reset it. Every method checks that the person is an administrator, and works on their
 * own Jobcenter only; every change is kept with who, when, before and after.
 */
@Service
public class Wording {

    /** At most this many texts are listed for a search; the page asks for a narrower one. */
    public static final int MAX_FOUND = 100;

    private final ShippedTexts shipped;
    private final TextOverrides overrides;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Wording(ShippedTexts shipped, TextOverrides overrides, ApplicationEventPublisher events, Clock clock) {
        this.shipped = shipped;
        this.overrides = overrides;
        this.events = events;
        this.clock = clock;
    }

    /** A text in a list of found texts: its key, German shipped text and whether the Jobcenter overrides it. */
    public record FoundText(String key, String german, boolean overridden) {
    }

    /** One language of a text: as shipped (empty: falls back to German) and the Jobcenter's override. */
    public record LanguageText(Language language, Optional<String> shipped, Optional<String> override) {
    }

    /** A text with all its languages and the history of its overrides. */
    public record Text(String key, String german, List<LanguageText> languages, List<TextChange> history) {
    }

    /**
     * The texts whose key, shipped text (any language) or override contains the words searched for; without a search,
     * the texts the Jobcenter overrides.
     */
    @Transactional(readOnly = true)
    public List<FoundText> search(StaffMember admin, String query) {
        JobcenterId jobcenter = require(admin);
        Map<String, String> overridden = overrides.all(jobcenter);
        String wanted = normal(query);
        List<FoundText> found = new ArrayList<>();
        for (String key : shipped.keys()) {
            boolean isOverridden = Arrays.stream(Language.values())
                    .anyMatch(language -> overridden.containsKey(OverrideCache.slot(key, language.code())));
            boolean matches = wanted.isEmpty() ? isOverridden : normal(key).contains(wanted)
                    || Arrays.stream(Language.values()).anyMatch(language ->
                            shipped.of(key, language).map(text -> normal(text).contains(wanted)).orElse(false)
                            || Optional.ofNullable(overridden.get(OverrideCache.slot(key, language.code())))
                                    .map(text -> normal(text).contains(wanted)).orElse(false));
            if (matches) {
                found.add(new FoundText(key, shipped.german(key), isOverridden));
                if (found.size() > MAX_FOUND) {
                    break; // one more than shown tells the page there are more
                }
            }
        }
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<Text> text(StaffMember admin, String key) {
        JobcenterId jobcenter = require(admin);
        if (!shipped.has(key)) {
            return Optional.empty();
        }
        Map<String, String> overridden = overrides.all(jobcenter);
        List<LanguageText> languages = Arrays.stream(Language.values())
                .map(language -> new LanguageText(language, shipped.of(key, language),
                        Optional.ofNullable(overridden.get(OverrideCache.slot(key, language.code())))))
                .toList();
        return Optional.of(new Text(key, shipped.german(key), languages, overrides.history(jobcenter, key)));
    }

    /**
     * The Jobcenter's own text for a key in a language, from now on on every page and in every mail.
     *
     * @throws InvalidText when it does not keep the shipped text's placeholders and markup, or is empty or too long
     * @throws NotAllowed for anyone but an administrator
     */
    @Transactional
    public void override(StaffMember admin, String key, Language language, String typed) {
        JobcenterId jobcenter = require(admin);
        String german = shippedGerman(key);
        List<String> anyLanguage = Arrays.stream(Language.values()).flatMap(shippedIn -> shipped.of(key, shippedIn).stream())
                .toList();
        String text = TextCheck.checked(german, anyLanguage, normalised(typed));
        Optional<String> before = overrides.of(jobcenter, key, language);
        if (before.isPresent() && before.get().equals(text)) {
            return; // nothing changed, nothing to record
        }
        Instant now = clock.instant();
        overrides.put(jobcenter, key, language, text, admin, now);
        overrides.recordChange(jobcenter, key, language, before, Optional.of(text), admin, now);
        events.publishEvent(new WordingChanged(jobcenter, key, language));
    }

    /** Back to the shipped text; a text without override stays as it is. */
    @Transactional
    public void reset(StaffMember admin, String key, Language language) {
        JobcenterId jobcenter = require(admin);
        shippedGerman(key);
        Optional<String> before = overrides.of(jobcenter, key, language);
        if (before.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        overrides.remove(jobcenter, key, language);
        overrides.recordChange(jobcenter, key, language, before, Optional.empty(), admin, now);
        events.publishEvent(new WordingChanged(jobcenter, key, language));
    }

    private String shippedGerman(String key) {
        if (!shipped.has(key)) {
            throw new InvalidText("admin.texts.error.unknownKey");
        }
        return shipped.german(key);
    }

    private static JobcenterId require(StaffMember admin) {
        if (admin.role() != StaffRole.ADMINISTRATOR) {
            throw new NotAllowed("the Jobcenter's wording needs the administrator role");
        }
        return admin.jobcenter();
    }

    /** Umlauts typed on different devices compare and store equal. */
    private static String normalised(String typed) {
        return typed == null ? null : Normalizer.normalize(typed, Normalizer.Form.NFC).replace("\r\n", "\n");
    }

    private static String normal(String text) {
        return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
