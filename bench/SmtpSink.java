import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A mail server that keeps nothing but a line per accepted message: Lotse's outbound SMTP points here during the crash
 * run, so that what Lotse sent is counted by a process the SIGKILLs do not touch (the embedded GreenMail dies with the
 * JVM). A line is written and flushed before the "250" goes out, so every message Lotse saw accepted is in the file.
 *
 *   java bench/SmtpSink.java PORT FILE          (lines: epoch millis TAB Message-ID TAB recipients)
 *
 * Listens on 127.0.0.1 only; offers no STARTTLS and no AUTH. Stops on SIGTERM.
 */
public class SmtpSink {

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        // Appends, so that a sink started again (after a crash of the bench script) keeps the count.
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        ExecutorService sessions = Executors.newCachedThreadPool();
        try (ServerSocket server = new ServerSocket(port, 200, InetAddress.getLoopbackAddress())) {
            System.out.println("SINK listening on 127.0.0.1:" + server.getLocalPort());
            while (true) {
                Socket socket = server.accept();
                sessions.execute(() -> session(socket, log));
            }
        }
    }

    private static void session(Socket socket, PrintWriter log) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            reply(out, "220 sink ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO")) {
                    reply(out, "250-sink\r\n250 8BITMIME");
                } else if (command.startsWith("HELO") || command.startsWith("MAIL FROM") || command.startsWith("NOOP")) {
                    recipients.clear();
                    reply(out, "250 OK");
                } else if (command.startsWith("RCPT TO")) {
                    recipients.add(line.substring(line.indexOf(':') + 1).trim());
                    reply(out, "250 OK");
                } else if (command.startsWith("RSET")) {
                    recipients.clear();
                    reply(out, "250 OK");
                } else if (command.equals("DATA")) {
                    reply(out, "354 go ahead");
                    String messageId = "-";
                    boolean inHeaders = true;
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        if (line.isEmpty()) {
                            inHeaders = false;
                        } else if (inHeaders && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                            messageId = line.substring(11).trim();
                        }
                    }
                    if (line == null) {
                        return; // cut off during DATA: not accepted, nothing recorded
                    }
                    synchronized (log) {
                        log.println(System.currentTimeMillis() + "\t" + messageId + "\t" + String.join(",", recipients));
                        log.flush();
                    }
                    reply(out, "250 OK queued");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "502 not here");
                }
            }
        } catch (IOException gone) {
            // the client went away (a killed JVM): nothing to do
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
