package de.lotse.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

/**
 * Which of Lotse's languages a citizen wrote in, when a channel does not say (an e-mail, a WhatsApp message), so
 * that the acknowledgement and the staff's answer can be in it. The detector knows all of its ~70 languages, not only
 * ours: a Polish mail must not be taken for Russian just because Russian is the nearest language we speak. A short
 * or mixed text gives no answer rather than a guess; the caller then stays with German.
 */
@Component
public class WrittenLanguage {

    /** Below this many letters n-gram statistics say little ("Hallo", "ok danke"). */
    static final int MIN_LETTERS = 20;
    static final double MIN_PROBABILITY = 0.9;

    private final TextObjectFactory cleaning = CommonTextObjectFactories.forDetectingOnLargeText();
    private volatile LanguageDetector detector;

    public Optional<Language> of(String text) {
        if (text == null || text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        List<DetectedLanguage> found = detector().getProbabilities(cleaning.forText(text));
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
            return Optional.empty();
        }
        return Language.byCode(found.get(0).getLocale().getLanguage().toLowerCase(Locale.ROOT))
                .filter(language -> language != Language.EASY_GERMAN);
    }

    /** Loaded on first use: the profiles take a second and some megabytes that an instance without mail never needs. */
    private LanguageDetector detector() {
        LanguageDetector loaded = detector;
        if (loaded == null) {
            synchronized (this) {
                loaded = detector;
                if (loaded == null) {
                    try {
                        loaded = LanguageDetectorBuilder.create(NgramExtractors.standard())
                                .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
                    } catch (IOException unreadable) {
                        throw new UncheckedIOException("language profiles missing from the classpath", unreadable);
                    }
                    detector = loaded;
                }
            }
        }
        return loaded;
    }
}
