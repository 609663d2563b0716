package de.lotse.channels.threema;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The two calls of Threema's HTTP API (gateway.threema.ch/de/developer/api) Lotse needs: {@code POST /send_e2e} and
 * {@code GET /pubkeys/{id}}, both authenticated by gateway ID and secret. The secret travels in the body or query, so
 * no address of a call is ever logged.
 */
@Component
class ThreemaApi {

    /** What {@code send_e2e} answered: 200 with the message id, or an error status. */
    record Answer(int status, String body) {
    }

    /** The API could not be reached or answered with a server error. */
    static class Unavailable extends Exception {

        Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private final ThreemaAccount account;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ThreemaApi(ThreemaAccount account) {
        this.account = account;
    }

    Answer sendE2e(String to, byte[] nonce, byte[] box) throws Unavailable {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("from", account.gatewayId());
        form.put("to", to);
        form.put("nonce", HexFormat.of().formatHex(nonce));
        form.put("box", HexFormat.of().formatHex(box));
        form.put("secret", account.secret());
        HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(account.apiUrl() + "/send_e2e"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(form))));
        return new Answer(response.statusCode(), response.body().strip());
    }

    /** The public key of a Threema ID, or empty if there is no such ID. */
    Optional<byte[]> publicKey(String threemaId) throws Unavailable {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", account.gatewayId());
        query.put("secret", account.secret());
        HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(account.apiUrl() + "/pubkeys/"
                + URLEncoder.encode(threemaId, StandardCharsets.UTF_8) + "?" + encoded(query))).GET());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        String key = response.body().strip();
        if (response.statusCode() != 200 || !key.matches("[0-9a-fA-F]{64}")) {
            throw new Unavailable("Threema public key lookup answered " + response.statusCode()
                    + (response.statusCode() == 401 ? " (gateway ID or API secret wrong)" : ""), null);
        }
        return Optional.of(HexFormat.of().parseHex(key));
    }

    /** An encrypted blob (a file a citizen sent), or empty if Threema no longer has it (blobs are kept for days). */
    Optional<byte[]> blob(String blobId, long maxBytes) throws Unavailable {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", account.gatewayId());
        query.put("secret", account.secret());
        HttpResponse<java.io.InputStream> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(account.apiUrl() + "/blobs/" + blobId + "?"
                    + encoded(query))).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.io.IOException unreachable) {
            throw new Unavailable("Threema blob server not reachable: " + unreachable.getMessage(), unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", interrupted);
        }
        try (java.io.InputStream body = response.body()) {
            if (response.statusCode() == 429 || response.statusCode() >= 500) {
                throw new Unavailable("Threema blob answered " + response.statusCode(), null);
            }
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            // The tag and a little more than the file: a bigger blob cannot be the file the message announced.
            byte[] read = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + NaclBox.TAG_BYTES + 1));
            return read.length > maxBytes + NaclBox.TAG_BYTES ? Optional.empty() : Optional.of(read);
        } catch (java.io.IOException broken) {
            throw new Unavailable("Threema blob download broke off: " + broken.getMessage(), broken);
        }
    }

    private HttpResponse<String> call(HttpRequest.Builder request) throws Unavailable {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw new Unavailable("Threema not reachable: " + unreachable.getMessage(), unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", interrupted);
        }
    }

    private static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
