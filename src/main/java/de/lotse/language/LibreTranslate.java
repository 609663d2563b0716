package de.lotse.language;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Proposals from a LibreTranslate server (libretranslate.com, or one the Jobcenter runs itself so that no text leaves
 * its network): {@code POST /translate} with a JSON body {@code q, source, target, format, api_key}, answered with
 * {@code {"translatedText": "..."}} or, on errors, a status other than 200 with {@code {"error": "..."}}. Off unless
 * {@code LOTSE_TRANSLATION_PROVIDER=libretranslate}, with {@code LOTSE_TRANSLATION_LIBRETRANSLATE_URL} (and
 * {@code _API_KEY} where the server wants one). Leichte Sprache is no language a machine writes: no proposal.
 */
@Component
@ConditionalOnProperty(name = "lotse.translation.provider", havingValue = "libretranslate")
class LibreTranslate implements MessageTranslator {

    private static final Logger log = LoggerFactory.getLogger(LibreTranslate.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = JsonMapper.builder().build();
    private final Environment environment;

    LibreTranslate(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Optional<String> propose(String text, Language from, Language to) {
        if (text == null || text.isBlank() || from == to || from == Language.EASY_GERMAN || to == Language.EASY_GERMAN) {
            return Optional.empty();
        }
        // Resolved at each call: a test points it at a fake on the application's own random port.
        String url = environment.getProperty("lotse.translation.libretranslate.url", "").replaceAll("/+$", "");
        ObjectNode body = json.createObjectNode();
        body.put("q", text);
        body.put("source", from.locale().getLanguage());
        body.put("target", to.locale().getLanguage());
        body.put("format", "text");
        String key = environment.getProperty("lotse.translation.libretranslate.api-key", "");
        if (!key.isBlank()) {
            body.put("api_key", key);
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/translate"))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn("LibreTranslate answered {}: {}", response.statusCode(), error(response.body()));
                return Optional.empty();
            }
            JsonNode translated = json.readTree(response.body()).path("translatedText");
            return translated.isString() && !translated.asString().isBlank() ? Optional.of(translated.asString())
                    : Optional.empty();
        } catch (IOException | JacksonException | IllegalArgumentException unreachable) {
            log.warn("LibreTranslate not usable: {}", unreachable.getMessage());
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The service's own reason, never the text (it may hold personal data). */
    private String error(String body) {
        try {
            return json.readTree(body).path("error").asString("");
        } catch (JacksonException unreadable) {
            return "";
        }
    }
}
