import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Submits COUNT concerns to {@code POST /api/v1/concerns} over THREADS threads, each with its own Idempotency-Key
 * ("crash-RUN-i"), and sends an unanswered one again with the same key (a dropped connection, a timeout or a 5xx while
 * Lotse is killed or starting), as a citizen's app would. Every ONCE_EVERY-th concern is sent only once, answered or
 * not: such a submission must be stored at most once.
 *
 * Writes one line per concern to OUT: "i accepted" (a 201 was seen), "i unanswered" (sent once, no answer) or
 * "i rejected STATUS" (a 4xx: a bug, since every draft is valid). Prints a summary line.
 *
 *   java bench/WebFlood.java BASE_URL COUNT THREADS RUN_ID ONCE_EVERY OUT
 */
public class WebFlood {

    private static final String[] POSTCODES = { "20095", "21073", "22111", "20357", "22041", "21107", "22765", "20249" };

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int count = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        String run = args[3];
        int onceEvery = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        AtomicInteger next = new AtomicInteger();
        AtomicLong retries = new AtomicLong();
        AtomicLong replayed = new AtomicLong();
        long t0 = System.nanoTime();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[5]), StandardCharsets.UTF_8))) {
            Thread[] workers = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                workers[t] = new Thread(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        String line = submit(http, base, run, i, i % onceEvery == 0, retries, replayed);
                        synchronized (out) {
                            out.println(line);
                        }
                    }
                });
                workers[t].start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
        }
        System.out.printf("WEB concerns=%d seconds=%.1f retries=%d replayed=%d%n", count,
                (System.nanoTime() - t0) / 1e9, retries.get(), replayed.get());
    }

    private static String submit(HttpClient http, String base, String run, int i, boolean once, AtomicLong retries,
            AtomicLong replayed) {
        String body = "{\"kind\":\"COMPLAINT\",\"description\":\"Crashtest " + run + " Nummer " + i
                + ": Mein Bescheid ist nicht angekommen, die Miete fehlt.\",\"postcode\":\"" + POSTCODES[i % POSTCODES.length]
                + "\",\"contactChannel\":\"EMAIL\",\"email\":\"web-" + run + "-" + i
                + "@example.org\",\"preferredLanguage\":\"de\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/concerns"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Idempotency-Key", "crash-" + run + "-" + String.format("%08d", i))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        while (true) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 201) {
                    if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                        replayed.incrementAndGet();
                    }
                    return i + " accepted";
                }
                if (status >= 400 && status < 500 && status != 429) {
                    System.err.println("concern " + i + ": " + status + " " + response.body());
                    return i + " rejected " + status;
                }
                // 5xx (the database still starting, 503) or 429: not taken, try again below
            } catch (IOException noAnswer) {
                // connection refused or cut by the kill, or timed out: unknown whether it was stored
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                return i + " unanswered";
            }
            if (once) {
                return i + " unanswered";
            }
            retries.incrementAndGet();
            try {
                Thread.sleep(250);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                return i + " unanswered";
            }
        }
    }
}
