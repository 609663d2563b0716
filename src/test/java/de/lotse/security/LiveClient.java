package de.lotse.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser-like client of the running test app over real HTTP: it keeps cookies, comes from an address of its own
 * (as the trusted proxy in front of Lotse says with X-Forwarded-For), so the per-client limits of parallel tests do
 * not meet, and it can log in through the real form.
 */
final class LiveClient {

    static final String PASSWORD = de.lotse.staff.StaffFixtures.PASSWORD;
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String address;

    LiveClient(int port) {
        this(port, randomAddress());
    }

    LiveClient(int port, String address) {
        this.port = port;
        this.address = address;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 250) + "." + random.nextInt(1, 250) + "." + random.nextInt(1, 250);
    }

    String address() {
        return address;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpRequest.Builder request(String path) {
        // Accept as a browser sends it: error pages come as HTML, not as Spring's JSON for programs.
        return HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", address)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("No answer for " + request.uri(), failed);
        }
    }

    HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        try {
            return http.send(request, BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("No answer for " + request.uri(), failed);
        }
    }

    /** The CSRF token of the form on this page (the cookie comes with it). */
    String csrfToken(String formPage) {
        Matcher field = CSRF_FIELD.matcher(get(formPage).body());
        if (!field.find()) {
            throw new IllegalStateException(formPage + " carries no CSRF token");
        }
        return field.group(1);
    }

    /** A form POST as the page would send it, with the token of the given form page. */
    HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfToken(formPage));
        return post(action, all);
    }

    /** A form POST exactly with these fields: no token unless one is among them. */
    HttpResponse<String> post(String action, Map<String, String> fields) {
        return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    /** A file field of a multipart form: its name as the browser sends it, the declared type and the bytes. */
    record FilePart(String field, String filename, String contentType, byte[] content) {
    }

    /** A multipart form POST, as a browser sends a file upload (the file name is sent raw, as browsers do). */
    HttpResponse<String> upload(String action, Map<String, String> fields, FilePart file) {
        String boundary = "----lotse" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = part -> body.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
                + file.filename().replace("\"", "%22") + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
        body.writeBytes(file.content());
        text.accept("\r\n--" + boundary + "--\r\n");
        return send(request(action).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Logs in through the login form; the answer is the redirect the form gives. */
    HttpResponse<String> login(String login, String password) {
        return submit("/anmelden", "/anmelden", Map.of("login", login, "password", password));
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    Optional<String> sessionId() {
        return cookie("JSESSIONID");
    }

    void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(uri("/"), cookie);
    }
}
