import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends COUNT mails to Lotse's SMTP intake over THREADS connections, each mail until it is accepted: a dropped
 * connection or a 4xx answer means "not taken", so the same mail (same Message-ID) is sent again after a pause, as a
 * mail server would. Prints throughput and the time from the end of DATA to "250" (Lotse says 250 only after the
 * commit, so this is the time to the timeline).
 *
 *   java bench/MailFlood.java HOST PORT COUNT THREADS RUN_ID
 */
public class MailFlood {

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        String run = args[4];
        AtomicInteger next = new AtomicInteger();
        AtomicLong retries = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                Connection connection = null;
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    String mail = mail(run, i);
                    while (true) {
                        try {
                            if (connection == null) {
                                connection = new Connection(host, port);
                            }
                            latencies.add(connection.send("bench-" + run + "-" + i + "@example.org", mail));
                            break;
                        } catch (IOException | IllegalStateException notTaken) {
                            retries.incrementAndGet();
                            if (connection != null) {
                                connection.close();
                                connection = null;
                            }
                            pause(200);
                        }
                    }
                }
                if (connection != null) {
                    connection.quit();
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("FLOOD mails=%d seconds=%.1f rate=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f retries=%d%n",
                count, seconds, count / seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6, retries.get());
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static String mail(String run, int i) {
        String[] postcodes = { "20095", "21073", "22111", "20357", "22041", "21107", "22765", "20249" };
        return "From: Bench " + i + " <bench-" + run + "-" + i + "@example.org>\r\n"
                + "To: anliegen@jobcenter.lotse.test\r\n"
                + "Subject: Frage zu meinem Bescheid " + i + "\r\n"
                + "Message-ID: <bench-" + run + "-" + i + "@example.org>\r\n"
                + "Date: Thu, 26 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Guten Tag,\r\n\r\nmein Bescheid vom 3. November ist bei mir nicht angekommen. Ich wohne in "
                + postcodes[i % postcodes.length] + " Hamburg. Bitte schicken Sie ihn noch einmal.\r\n\r\nViele Grüße\r\n";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One SMTP session; several mails one after the other. */
    private static final class Connection {
        private final Socket socket;
        private final BufferedReader in;
        private final OutputStream out;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(60000);
            // As mail servers do: no Nagle delay (body and final dot in one write, answered at once).
            socket.setTcpNoDelay(true);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            out = socket.getOutputStream();
            expect("220");
            command("EHLO bench.example.org", "250");
        }

        /** Returns the nanoseconds from the end of DATA to the 250 answer. */
        long send(String from, String mail) throws IOException {
            command("MAIL FROM:<" + from + ">", "250");
            command("RCPT TO:<anliegen@jobcenter.lotse.test>", "250");
            command("DATA", "354");
            out.write((mail.replace("\r\n.", "\r\n..") + ".\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            long t0 = System.nanoTime();
            expect("250");
            return System.nanoTime() - t0;
        }

        void quit() {
            try {
                command("QUIT", "221");
            } catch (IOException | IllegalStateException ignored) {
                // closing anyway
            }
            close();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // gone already
            }
        }

        private void command(String line, String expected) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            expect(expected);
        }

        private void expect(String code) throws IOException {
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    throw new IOException("connection closed");
                }
            } while (line.length() > 3 && line.charAt(3) == '-');
            if (!line.startsWith(code)) {
                throw new IllegalStateException("expected " + code + ", got: " + line);
            }
        }
    }
}
