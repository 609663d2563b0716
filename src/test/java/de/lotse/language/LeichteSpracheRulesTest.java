package de.lotse.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Leichte Sprache bundle follows the rules of DIN SPEC 33429 and the Netzwerk Leichte Sprache that a machine can
 * check: no abbreviations, short sentences, and the Jobcenter's hard words explained where they appear (in the same
 * text, because every text must be understood on its own) or linked to the glossary. Measured when the rule was set:
 * 1,014 sentences in 436 texts, the longest 14 words, four over 12; rewritten to 12 words at most, a limit well
 * inside the guidance's "short sentences" (commonly read as at most 15 words).
 */
class LeichteSpracheRulesTest {

    static final int MAX_WORDS = 12;

    private static final Path BUNDLE = Path.of("src/main/resources/i18n/messages_de__LS.properties");

    /** Abbreviations a reader of Leichte Sprache cannot be expected to know; written out instead. */
    private static final Map<String, Pattern> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        for (String abbreviation : List.of("z. B.", "z.B.", "bzw.", "usw.", "ggf.", "d. h.", "d.h.", "u. a.", "u.a.",
                "ca.", "Nr.", "inkl.", "evtl.", "etc.", "bspw.", "vgl.", "gem.", "lt.", "max.", "min.", "mind.", "z. T.",
                "o. Ä.", "Tel.", "Abs.", "S.", "Str.", "sog.", "zzgl.", "u. U.", "i. d. R.")) {
            ABBREVIATIONS.put(abbreviation, Pattern.compile("(?<![\\p{L}])" + Pattern.quote(abbreviation)));
        }
        for (String acronym : List.of("SGB", "SGG", "BA", "KdU", "EGV", "ALG", "JC", "BuT", "AZ")) {
            ABBREVIATIONS.put(acronym, Pattern.compile("(?<![\\p{L}-])" + acronym + "(?![\\p{L}])"));
        }
        ABBREVIATIONS.put("§", Pattern.compile("§"));
    }

    /** The Jobcenter's hard words (as written without hyphens, lower case) and their entry in the glossary. */
    private static final Map<String, String> HARD_WORDS = new LinkedHashMap<>();

    static {
        HARD_WORDS.put("bescheid", "bescheid");
        HARD_WORDS.put("widerspruch", "widerspruch");
        HARD_WORDS.put("frist", "widerspruchsfrist");
        HARD_WORDS.put("überprüfungsantrag", "ueberpruefungsantrag");
        HARD_WORDS.put("bürgergeld", "buergergeld");
        HARD_WORDS.put("leistung", "leistungen");
        HARD_WORDS.put("bedarfsgemeinschaft", "bedarfsgemeinschaft");
        HARD_WORDS.put("eingliederung", "kooperationsplan");
        HARD_WORDS.put("kooperationsplan", "kooperationsplan");
        HARD_WORDS.put("sanktion", "leistungsminderung");
        HARD_WORDS.put("mitwirkung", "mitwirkungspflicht");
        HARD_WORDS.put("weiterbewilligung", "weiterbewilligungsantrag");
        HARD_WORDS.put("erstattung", "erstattung");
        HARD_WORDS.put("darlehen", "darlehen");
        HARD_WORDS.put("eilantrag", "eilantrag");
        HARD_WORDS.put("sozialgericht", "sozialgericht");
        HARD_WORDS.put("vorgangsnummer", "vorgangsnummer");
        HARD_WORDS.put("aktenzeichen", "vorgangsnummer");
    }

    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:])\\s+|\\n+");
    private static final Pattern PLAIN_KEY = Pattern.compile("\\.plain\\(\"([a-zA-Z][\\w.]*\\w)\"");

    static Properties bundle() throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }

    /** What a reader reads: no markup, a placeholder as one word. */
    static String readable(String text) {
        return PLACEHOLDER.matcher(TAG.matcher(text).replaceAll(" ")).replaceAll("X");
    }

    static List<String> sentences(String text) {
        return Stream.of(SENTENCE_END.split(readable(text))).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static int words(String sentence) {
        return (int) Stream.of(sentence.split("\\s+")).filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit))
                .count();
    }

    /** Leichte Sprache splits compounds with a hyphen (Bedarfs-Gemeinschaft): the rules see the word whole. */
    static String joined(String text) {
        return readable(text).replace("-", "").replace("·", "").toLowerCase(Locale.GERMAN);
    }

    /**
     * Whether the text explains the word: "Ein Bescheid ist ein Brief", "Widerspruch heißt", "… Widerspruch. Das
     * heißt: …", or the word followed by an explanation in brackets.
     */
    static boolean explains(String text, String word) {
        String joined = joined(text);
        return Pattern.compile(word + "\\p{L}*\\s+(ist eine?|sind|heißt|bedeutet)\\b").matcher(joined).find()
                || Pattern.compile(word + "\\p{L}*\\s*\\(").matcher(joined).find()
                || Pattern.compile(word + "[^.!?]*[.!?:]\\s+(das|dann|so) (heißt|bedeutet|ist)\\b").matcher(joined).find();
    }

    static boolean links(String text, String anchor) {
        return text.contains("href=\"/woerter#" + anchor + "\"");
    }

    /** Texts that are not markup: mails, SMS, messengers, and what templates use as attribute or title. */
    static Set<String> plainTextKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher plain = PLAIN_KEY.matcher(Files.readString(file));
                while (plain.find()) {
                    keys.add(plain.group(1));
                }
            }
        }
        return keys;
    }

    static boolean plainText(String key, Set<String> plainKeys) {
        return plainKeys.contains(key) || key.startsWith("mail.") || key.startsWith("sms.") || key.startsWith("telegram.")
                || key.startsWith("channels.") || key.startsWith("whatsapp.") || key.startsWith("reply.")
                || key.endsWith(".sms") || key.endsWith(".subject");
    }

    @Test
    void no_text_uses_an_abbreviation() throws IOException {
        Properties texts = bundle();
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
            String text = readable(texts.getProperty(key));
            ABBREVIATIONS.forEach((abbreviation, pattern) -> {
                if (pattern.matcher(text).find()) {
                    found.add(key + ": " + abbreviation);
                }
            });
        }
        assertThat(found).isEmpty();
    }

    @Test
    void every_sentence_is_short() throws IOException {
        Properties texts = bundle();
        List<String> tooLong = new ArrayList<>();
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
            for (String sentence : sentences(texts.getProperty(key))) {
                if (words(sentence) > MAX_WORDS) {
                    tooLong.add(key + " (" + words(sentence) + " words): " + sentence);
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void every_hard_word_is_explained_in_its_text_or_linked_to_the_glossary() throws IOException {
        Properties texts = bundle();
        Set<String> plainKeys = plainTextKeys();
        List<String> unexplained = new ArrayList<>();
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
            if (key.startsWith("glossary.")) {
                continue; // the glossary is the explanation
            }
            String text = texts.getProperty(key);
            HARD_WORDS.forEach((word, anchor) -> {
                if (joined(text).contains(word) && !explains(text, word)
                        && !(links(text, anchor) && !plainText(key, plainKeys))) {
                    unexplained.add(key + ": " + word);
                }
            });
        }
        assertThat(unexplained).isEmpty();
    }

    @Test
    void the_rules_catch_what_they_are_meant_to_catch() {
        assertThat(ABBREVIATIONS.get("z. B.").matcher(readable("Zum Beispiel, z. B. so")).find()).isTrue();
        assertThat(ABBREVIATIONS.get("SGB").matcher(readable("im SGB II")).find()).isTrue();
        assertThat(ABBREVIATIONS.get("SGB").matcher(readable("die SGB-freie Zone")).find()).isTrue();
        assertThat(ABBREVIATIONS.get("ca.").matcher(readable("Circa. Sie")).find()).isFalse();
        assertThat(sentences("Das ist kurz. Das auch: {0} Tage!")).containsExactly("Das ist kurz.", "Das auch:", "X Tage!");
        assertThat(words("Sie haben <b>heute</b> {0} Tage Zeit.")).isEqualTo(6);
        assertThat(explains("Ein Bescheid ist ein Brief vom Jobcenter.", "bescheid")).isTrue();
        assertThat(explains("Sie legen Widerspruch ein. Das heißt: Sie wehren sich.", "widerspruch")).isTrue();
        assertThat(explains("Ihre Vorgangs-Nummer (die Nummer von Ihrem Anliegen) ist X.", "vorgangsnummer")).isTrue();
        assertThat(explains("Ihr Bescheid ist falsch.", "bescheid")).isFalse();
        assertThat(links("Zum <a href=\"/woerter#bescheid\">Bescheid</a>", "bescheid")).isTrue();
    }
}
