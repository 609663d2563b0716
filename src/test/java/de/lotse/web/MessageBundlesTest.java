package de.lotse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import de.lotse.concerns.AdministrativeProblem;
import de.lotse.concerns.ConcernKind;
import de.lotse.concerns.ConcernStatus;
import de.lotse.concerns.ContactChannel;
import de.lotse.concerns.LegalTopic;
import de.lotse.concerns.ServiceLevel;
import de.lotse.concerns.TimelineEntry;
import de.lotse.language.Language;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.StaffRole;

/**
 * Every text a page can show exists in German and English, and every text a citizen reads in each of the other six
 * languages the pages are offered in; every text is a valid MessageFormat; every translation says whether a native
 * speaker has reviewed it.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile("(?:\\.t|\\.plain|localize)\\(\"([a-zA-Z][\\w.]*[\\w])\"");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:intake|message|admin\\.partners|partner\\.account|partner\\.team)\\.error\\.[\\w.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern REVIEW_STATUS = Pattern.compile("# Review-Status: (needs-review|reviewed)\\b.*");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keysUsedByPages() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/jte"), Path.of("src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String source = Files.readString(file);
                    Matcher literal = LITERAL_KEY.matcher(source);
                    while (literal.find()) {
                        keys.add(literal.group(1));
                    }
                    Matcher java = JAVA_KEY.matcher(source);
                    while (java.find()) {
                        keys.add(java.group(1));
                    }
                }
            }
        }
        keys.removeIf(key -> key.endsWith("."));
        for (ConcernKind kind : ConcernKind.values()) {
            keys.add("kind." + kind.name());
        }
        for (LegalTopic topic : LegalTopic.values()) {
            keys.add("legalTopic." + topic.name());
        }
        for (AdministrativeProblem problem : AdministrativeProblem.values()) {
            keys.add("administrativeProblem." + problem.name());
        }
        for (ContactChannel channel : ContactChannel.values()) {
            keys.add("contactChannel." + channel.name());
        }
        for (ConcernStatus status : ConcernStatus.values()) {
            keys.add("status." + status.name());
            keys.add("status." + status.name() + ".explained");
        }
        for (ServiceLevel level : ServiceLevel.values()) {
            keys.add("status.promise." + level.name());
        }
        for (TimelineEntry.Type type : TimelineEntry.Type.values()) {
            keys.add("timeline." + type.name());
        }
        for (String kind : List.of("notFound", "forbidden", "tooMany", "badRequest", "serverError", "unavailable")) {
            keys.add("error." + kind + ".title");
            keys.add("error." + kind + ".text");
        }
        for (CounsellingCentre.Kind kind : CounsellingCentre.Kind.values()) {
            keys.add("admin.partners.kind." + kind.name());
        }
        for (CounsellingCentre.Status status : CounsellingCentre.Status.values()) {
            keys.add("admin.partners.status." + status.name());
            if (status != CounsellingCentre.Status.APPROVED) {
                keys.add("partner.notApproved.title." + status.name());
                keys.add("partner.notApproved.text." + status.name());
            }
        }
        for (StaffRole role : StaffRole.values()) {
            keys.add("admin.role." + role.name());
            if (role.partner()) {
                keys.add("partner.role." + role.name());
                keys.add("partner.role." + role.name() + ".hint");
            }
        }
        for (de.lotse.directory.District district : de.lotse.directory.District.values()) {
            keys.add("directory.district." + district.name());
        }
        for (de.lotse.directory.Accessibility feature : de.lotse.directory.Accessibility.values()) {
            keys.add("directory.accessibility." + feature.name());
        }
        for (de.lotse.directory.Appointment appointment : de.lotse.directory.Appointment.values()) {
            keys.add("directory.appointment." + appointment.name());
        }
        for (de.lotse.directory.Visit visit : de.lotse.directory.Visit.values()) {
            keys.add("directory.visit." + visit.name());
        }
        for (de.lotse.directory.ServiceStatus status : de.lotse.directory.ServiceStatus.values()) {
            keys.add("partner.directory.status." + status.name());
        }
        for (de.lotse.directory.editing.DirectoryChange.Kind kind : de.lotse.directory.editing.DirectoryChange.Kind.values()) {
            keys.add("partner.directory.pending." + kind.name());
            keys.add("partner.directory.history.proposed." + kind.name());
            keys.add("admin.directory.review.kind." + kind.name());
        }
        for (de.lotse.directory.editing.DirectoryChange.Status status
                : de.lotse.directory.editing.DirectoryChange.Status.values()) {
            keys.add("partner.directory.history.status." + status.name());
        }
        keys.add("partner.directory.reviewed.PUBLISHED");
        keys.add("partner.directory.reviewed.REJECTED");
        keys.add("partner.directory.field.status");
        for (String field : de.lotse.directory.editing.EntryDiff.fieldKeys()) {
            keys.add("partner.directory.field." + field);
        }
        for (String error : List.of("required", "tooLong", "email", "url", "postcode", "unknownPostcode", "choice",
                "oneLocation", "locationRow", "time", "sameTimes", "date", "duplicateDay", "language", "topic", "oneTopic",
                "phone", "translationLanguage", "duplicateLanguage", "translationEmpty", "conflict")) {
            keys.add("partner.directory.error." + error);
        }
        keys.add("intake.error.kind.required");
        keys.add("intake.error.contactChannel.required");
        return keys;
    }

    @Test
    void every_key_a_page_uses_has_a_german_text() throws IOException {
        Properties german = load("messages.properties");
        Set<String> used = keysUsedByPages();
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(used).allSatisfy(key -> assertThat(german).as("German text for %s", key).containsKey(key));
    }

    @Test
    void no_bundle_defines_a_key_twice() throws IOException {
        try (Stream<Path> bundles = Files.list(BUNDLES)) {
            for (Path bundle : bundles.filter(file -> file.toString().endsWith(".properties")).toList()) {
                Set<String> seen = new TreeSet<>();
                List<String> twice = new ArrayList<>();
                for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                    int equals = line.indexOf('=');
                    if (line.isBlank() || line.startsWith("#") || equals < 0) {
                        continue;
                    }
                    if (!seen.add(line.substring(0, equals).strip())) {
                        twice.add(line.substring(0, equals).strip());
                    }
                }
                assertThat(twice).as("keys defined twice in %s (the later silently wins)", bundle.getFileName()).isEmpty();
            }
        }
    }

    @Test
    void english_has_every_german_key_with_the_same_placeholders() throws IOException {
        assertTranslated(load("messages_en.properties"), key -> true);
    }

    /**
     * Texts only staff, professionals or programs read: the API's problems, the staff area and the partner area
     * (counsellors of counselling centres are professionals, not citizens), the page where homepage editors make the
     * directory's embed code and the page for reusers of its open data.
     */
    private static boolean forStaffOrPrograms(String key) {
        return key.startsWith("api.") || key.startsWith("login.") || key.startsWith("staff.") || key.startsWith("outcome")
                || key.startsWith("admin.") || key.startsWith("partner.") || key.startsWith("embed.")
                || key.startsWith("openData.");
    }

    /** The bundle of each language besides German and English; English has every key, staff pages included. */
    static Stream<Language> translations() {
        return Arrays.stream(Language.values()).filter(language -> language != Language.GERMAN && language != Language.ENGLISH);
    }

    private static String file(Language language) {
        return "messages_" + language.locale() + ".properties";
    }

    @Test
    void all_eight_languages_are_offered_on_the_pages() {
        assertThat(Arrays.stream(Language.values()).filter(language -> !language.pagesTranslated()))
                .as("languages whose bundle is missing").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("translations")
    void a_language_offered_on_the_pages_covers_every_text_citizens_read(Language language) throws IOException {
        assertThat(language.pagesTranslated()).as("%s is offered", language).isTrue();
        assertTranslated(load(file(language)), key -> !forStaffOrPrograms(key));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void a_translation_says_in_its_header_whether_a_native_speaker_reviewed_it(Language language) throws IOException {
        assertReviewStatus(file(language));
    }

    @Test
    void the_english_translation_says_whether_a_native_speaker_reviewed_it() throws IOException {
        assertReviewStatus("messages_en.properties");
    }

    private static void assertReviewStatus(String file) throws IOException {
        List<String> header = Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8).stream()
                .takeWhile(line -> line.isBlank() || line.startsWith("#")).toList();
        assertThat(header).as("header of %s", file).anyMatch(line -> REVIEW_STATUS.matcher(line).matches());
    }

    /**
     * Texts with arguments are MessageFormat patterns (in e-mails through Spring, on pages through {@link Texts}): an
     * apostrophe must be written twice, or MessageFormat swallows it and, worse, leaves the placeholders after it
     * unfilled. The text must come out exactly as written, with '' read as one apostrophe.
     */
    @ParameterizedTest
    @ValueSource(strings = { "messages.properties", "messages_en.properties", "messages_de__LS.properties",
            "messages_uk.properties", "messages_ru.properties", "messages_ar.properties", "messages_fa.properties",
            "messages_tr.properties" })
    void every_text_with_placeholders_is_a_valid_message_format(String file) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(BUNDLES.resolve(file)), file + " not written yet");
        Properties bundle = load(file);
        List<String> broken = new ArrayList<>();
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            String text = bundle.getProperty(key);
            if (key.endsWith("Pattern")) {
                // A translator's date pattern (channels.deadline.dayPattern): java.time must read it.
                try {
                    java.time.format.DateTimeFormatter.ofPattern(text).format(java.time.LocalDate.of(2026, 4, 7));
                } catch (IllegalArgumentException | java.time.DateTimeException unreadable) {
                    broken.add(key + ": " + unreadable.getMessage());
                }
            }
            if (!PLACEHOLDER.matcher(text).find()) {
                // Read as it stands, without MessageFormat: a doubled apostrophe would show doubled.
                if (text.contains("''")) {
                    broken.add(key + " has '' but no placeholder, so it shows both apostrophes");
                }
                continue;
            }
            Object[] arguments = java.util.stream.IntStream.range(0, 10).mapToObj(i -> "<" + i + ">").toArray();
            String expected = PLACEHOLDER.matcher(text.replace("''", "'")).replaceAll(match -> "<" + match.group().replaceAll("\\D", "") + ">");
            try {
                String rendered = new MessageFormat(text, java.util.Locale.ROOT).format(arguments);
                if (!rendered.equals(expected)) {
                    broken.add(key + " renders as: " + rendered);
                }
            } catch (IllegalArgumentException unparseable) {
                broken.add(key + ": " + unparseable.getMessage());
            }
        }
        assertThat(broken).as("texts in %s that MessageFormat renders other than written", file).isEmpty();
    }

    @Test
    void the_format_check_catches_a_single_apostrophe_and_a_quoted_placeholder() {
        assertThat(new MessageFormat("Jobcenter's {0}", java.util.Locale.ROOT).format(new Object[] { "x" }))
                .isNotEqualTo("Jobcenter's x");
        assertThat(new MessageFormat("'{0}'", java.util.Locale.ROOT).format(new Object[] { "x" })).isNotEqualTo("'x'");
        assertThat(new MessageFormat("Jobcenter''s {0}", java.util.Locale.ROOT).format(new Object[] { "x" }))
                .isEqualTo("Jobcenter's x");
    }

    private void assertTranslated(Properties translation, java.util.function.Predicate<String> needed) throws IOException {
        Properties german = load("messages.properties");
        List<String> missing = new ArrayList<>();
        for (String key : german.stringPropertyNames()) {
            if (!needed.test(key)) {
                continue;
            }
            if (!translation.containsKey(key)) {
                missing.add(key);
                continue;
            }
            assertThat(placeholders(translation.getProperty(key))).as("placeholders of %s", key)
                    .isEqualTo(placeholders(german.getProperty(key)));
        }
        assertThat(missing).isEmpty();
        assertThat(german.stringPropertyNames()).containsAll(translation.stringPropertyNames());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
