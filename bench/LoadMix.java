import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * USERS simulated people for SECONDS against a running Lotse, each in a thread of its own (Java 17: a fixed pool, no
 * virtual threads) with its own cookies, as browsers do, and a think time of THINK_MS (uniform 0.5x..1.5x) between
 * steps. AGENTS of them are staff: they log in with the form (CSRF token from the page) and then list the inbox, open
 * a concern from it and reply to it, again and again. The others are citizens: they open the form, send a concern
 * (CSRF token and idempotency key from the form) and read its status page twice.
 *
 * Prints per step: count, errors, p50/p95/p99 (ms); and a total line. An error is a 5xx, a refused or cut connection,
 * a timeout (30 s), or an answer the flow cannot go on with. A 409 on a reply (a colleague was quicker with the same
 * concern) is counted as "conflict", not as an error: the page says so and keeps the text.
 *
 *   java bench/LoadMix.java BASE_URL SECONDS USERS AGENTS THINK_MS LOGINS_FILE
 *
 * LOGINS_FILE is the data dir's demo-logins.txt; agents use the AGENT and SITE_MANAGER logins in turn.
 */
public class LoadMix {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");
    private static final Pattern CASE_LINK = Pattern.compile("href=\"/arbeit/anliegen/([A-Z0-9-]+)\"");
    private static final Pattern REPLY_FORM = Pattern.compile("action=\"[^\"]*/antwort\"[^>]*>\\s*"
            + "<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\">\\s*"
            + "<input type=\"hidden\" name=\"version\" value=\"(\\d+)\">\\s*"
            + "<input type=\"hidden\" name=\"gesehen\" value=\"(-?\\d+)\">");
    private static final String[] POSTCODES = { "20095", "21073", "22111", "20357", "22041", "21107", "22765", "20249" };

    private static final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> conflicts = new ConcurrentHashMap<>();
    private static final Map<String, String> firstError = new ConcurrentHashMap<>();

    private static String base;
    private static long thinkMs;
    private static volatile long endAt;

    public static void main(String[] args) throws Exception {
        base = args[0];
        long seconds = Long.parseLong(args[1]);
        int users = Integer.parseInt(args[2]);
        int agents = Integer.parseInt(args[3]);
        thinkMs = Long.parseLong(args[4]);
        List<String[]> logins = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[5]))) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3 && (f[2].equals("AGENT") || f[2].equals("SITE_MANAGER"))) {
                logins.add(f);
            }
        }
        if (agents > 0 && logins.isEmpty()) {
            throw new IllegalStateException("no AGENT login in " + args[5]);
        }
        long t0 = System.nanoTime();
        endAt = t0 + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int u = 0; u < users; u++) {
            int user = u;
            String[] login = user < agents ? logins.get(user % logins.size()) : null;
            pool.execute(() -> {
                Random random = new Random(user * 7919L + System.nanoTime());
                // Start spread over the first think time, as people do not all click at once.
                sleep((long) (random.nextDouble() * thinkMs));
                if (login != null) {
                    agent(login[0], login[1], random);
                } else {
                    citizen(user, random);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long total = 0;
        long totalErrors = 0;
        List<Long> all = new ArrayList<>();
        for (Map.Entry<String, List<Long>> step : new java.util.TreeMap<>(latencies).entrySet()) {
            List<Long> sorted;
            synchronized (step.getValue()) {
                sorted = new ArrayList<>(step.getValue());
            }
            Collections.sort(sorted);
            all.addAll(sorted);
            long failed = errors.getOrDefault(step.getKey(), new AtomicLong()).get();
            total += sorted.size();
            totalErrors += failed;
            System.out.printf("STEP %-14s n=%d rps=%.1f errors=%d conflicts=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                    step.getKey(), sorted.size(), sorted.size() / elapsed, failed,
                    conflicts.getOrDefault(step.getKey(), new AtomicLong()).get(), pct(sorted, 50), pct(sorted, 95),
                    pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        }
        Collections.sort(all);
        System.out.printf("TOTAL requests=%d seconds=%.1f rps=%.1f errors=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f%n",
                total, elapsed, total / elapsed, totalErrors, pct(all, 50), pct(all, 95), pct(all, 99));
        firstError.forEach((step, text) -> System.out.println("FIRST-ERROR " + step + ": " + text));
    }

    private static void citizen(int user, Random random) {
        HttpClient http = client();
        int n = 0;
        while (running()) {
            String form = get(http, "form", "/anliegen/neu", 200);
            Matcher csrf = form == null ? null : CSRF.matcher(form);
            Matcher key = form == null ? null : KEY.matcher(form);
            if (csrf == null || !csrf.find() || !key.find()) {
                pause(random);
                continue;
            }
            think(random);
            n++;
            HttpResponse<String> sent = send(http, "submit", post("/anliegen", Map.of("_csrf", csrf.group(1),
                    "idempotencyKey", key.group(1), "kind", "COMPLAINT", "description",
                    "Lasttest Nutzer " + user + " Anliegen " + n + ": Mein Bescheid ist nicht angekommen.",
                    "postcode", POSTCODES[random.nextInt(POSTCODES.length)], "contactChannel", "NONE",
                    "preferredLanguage", "de", "withoutFixedAddress", "false")), 303);
            String status = sent == null ? null : sent.headers().firstValue("Location").orElse(null);
            if (status == null) {
                pause(random);
                continue;
            }
            String path = URI.create(base).resolve(status).getRawPath();
            for (int read = 0; read < 2 && running(); read++) {
                think(random);
                get(http, "status", path, 200);
            }
            think(random);
        }
    }

    private static void agent(String login, String password, Random random) {
        HttpClient http = client();
        while (running() && !logIn(http, login, password)) {
            pause(random); // the failed login counts as an error once; then try again, as a person would
        }
        while (running()) {
            think(random);
            HttpResponse<String> inboxPage = send(http, "inbox", HttpRequest.newBuilder(URI.create(base + "/arbeit")).GET(),
                    200);
            if (inboxPage == null && !logIn(http, login, password)) {
                pause(random); // the session was lost (the error is counted): log in again
                continue;
            }
            String inbox = inboxPage == null ? null : inboxPage.body();
            List<String> references = new ArrayList<>();
            Matcher link = inbox == null ? null : CASE_LINK.matcher(inbox);
            while (link != null && link.find()) {
                references.add(link.group(1));
            }
            if (references.isEmpty()) {
                continue;
            }
            String reference = references.get(random.nextInt(references.size()));
            think(random);
            String concern = get(http, "case", "/arbeit/anliegen/" + reference, 200);
            Matcher form = concern == null ? null : REPLY_FORM.matcher(concern);
            if (form == null || !form.find()) {
                if (concern != null) {
                    fail("case", "no reply form on the page of " + reference);
                }
                continue;
            }
            think(random);
            send(http, "reply", post("/arbeit/anliegen/" + reference + "/antwort", Map.of("_csrf", form.group(1),
                    "version", form.group(2), "gesehen", form.group(3),
                    "text", "Guten Tag, wir haben Ihr Anliegen erhalten und melden uns bis Freitag.")), 303);
        }
    }

    /** The login form: page, CSRF token, post; true if the session is logged in. */
    private static boolean logIn(HttpClient http, String login, String password) {
        String page = get(http, "login-page", "/anmelden", 200);
        Matcher csrf = page == null ? null : CSRF.matcher(page);
        if (csrf == null || !csrf.find()) {
            return false;
        }
        HttpResponse<String> done = send(http, "login", post("/anmelden", Map.of("_csrf", csrf.group(1), "login", login,
                "password", password)), 302);
        boolean in = done != null && !done.headers().firstValue("Location").orElse("").contains("fehler");
        if (done != null && !in) {
            fail("login", "refused: " + done.headers().firstValue("Location").orElse(""));
        }
        return in;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpRequest.Builder post(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        new LinkedHashMap<>(fields).forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private static String get(HttpClient http, String step, String path, int expected) {
        HttpResponse<String> response = send(http, step, HttpRequest.newBuilder(URI.create(base + path)).GET(), expected);
        return response == null ? null : response.body();
    }

    /** Sends, times and judges one request; returns the response if it had the expected status, else null. */
    private static HttpResponse<String> send(HttpClient http, String step, HttpRequest.Builder request, int expected) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30))
                    .header("Accept-Language", "de").build(), HttpResponse.BodyHandlers.ofString());
            record(step, System.nanoTime() - t0);
            if (response.statusCode() == expected) {
                return response;
            }
            if (response.statusCode() == 409) {
                conflicts.computeIfAbsent(step, s -> new AtomicLong()).incrementAndGet();
                return null;
            }
            fail(step, response.statusCode() + " " + response.body().substring(0, Math.min(200, response.body().length()))
                    .replaceAll("\\s+", " "));
            return null;
        } catch (IOException failed) {
            record(step, System.nanoTime() - t0);
            fail(step, failed.toString());
            return null;
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void record(String step, long nanos) {
        List<Long> list = latencies.computeIfAbsent(step, s -> new ArrayList<>());
        synchronized (list) {
            list.add(nanos);
        }
    }

    private static void fail(String step, String what) {
        errors.computeIfAbsent(step, s -> new AtomicLong()).incrementAndGet();
        firstError.putIfAbsent(step, what);
    }

    private static boolean running() {
        return System.nanoTime() < endAt && !Thread.currentThread().isInterrupted();
    }

    private static void think(Random random) {
        sleep((long) (thinkMs * (0.5 + random.nextDouble())));
    }

    /** After an error: a longer pause, so that a failing server is not hammered by a tight loop. */
    private static void pause(Random random) {
        sleep(thinkMs * 2 + random.nextInt(1000));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
