package de.lotse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import de.lotse.concerns.AdministrativeProblem;
import de.lotse.concerns.ConcernKind;
import de.lotse.concerns.ConcernStatus;
import de.lotse.concerns.ContactChannel;
import de.lotse.concerns.LegalTopic;
import de.lotse.concerns.ServiceLevel;
import de.lotse.concerns.TimelineEntry;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.StaffRole;

/** Every text a page can show exists in German, English and (for citizens' pages) Leichte Sprache. */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile("(?:\\.t|\\.plain|localize)\\(\"([a-zA-Z][\\w.]*[\\w])\"");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:intake|message|admin\\.partners|partner\\.account|partner\\.team)\\.error\\.[\\w.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

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

    @Test
    void leichte_sprache_covers_every_text_citizens_read() throws IOException {
        assertTranslated(load("messages_de__LS.properties"), key -> !forStaffOrPrograms(key));
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
