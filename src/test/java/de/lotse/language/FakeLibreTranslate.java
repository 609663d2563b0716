package de.lotse.language;

import java.util.Map;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * A local stand-in for LibreTranslate's {@code POST /translate}, as documented at docs.libretranslate.com: a JSON body
 * with {@code q}, {@code source}, {@code target}, {@code format}, optionally {@code api_key}; answered with
 * {@code {"translatedText": "..."}}, or with status 400 and {@code {"error": "..."}} for a language it does not
 * offer. It "translates" by marking the text with the target language, which is all a test needs to see.
 */
@RestController
public class FakeLibreTranslate {

    static final Set<String> OFFERED = Set.of("de", "en", "uk", "ru", "ar", "fa", "tr");

    @PostMapping(path = "/api/fake-libretranslate/translate", consumes = "application/json", produces = "application/json")
    ResponseEntity<Map<String, String>> translate(@RequestBody JsonNode request) {
        String source = request.path("source").asString("");
        String target = request.path("target").asString("");
        if (!OFFERED.contains(source) || !OFFERED.contains(target) || request.path("q").asString("").contains("UNÜBERSETZBAR")) {
            return ResponseEntity.badRequest().body(Map.of("error", target + " is not supported"));
        }
        return ResponseEntity.ok(Map.of("translatedText", "[" + target + "] " + request.path("q").asString("")));
    }
}
