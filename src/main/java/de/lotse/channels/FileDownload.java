package de.lotse.channels;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * Fetches a file a messenger holds for us (a photo of a Bescheid, a PDF), reading no more than a kept file may have.
 * A messenger that cannot hand the file over just now makes the whole message wait: the webhook answers with an error
 * and the messenger delivers the message again later, so a message is never taken without its file.
 */
public final class FileDownload {

    /** The messenger could not hand the file over now (unreachable, 5xx, 429); the message is to be delivered again. */
    public static final class NotNow extends Exception {
        public NotNow(String reason) {
            super(reason);
        }
    }

    private FileDownload() {
    }

    /**
     * The file, or empty if the messenger says it no longer exists (4xx other than 429). A file above
     * {@code maxSize} comes back without content and with a size above the limit, so that it is listed as too big.
     */
    public static Optional<Attachments.Incoming> fetch(HttpClient http, HttpRequest request, String filename,
            Optional<String> declaredType, long maxSize) throws NotNow {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException unreachable) {
            throw new NotNow("file not reachable: " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new NotNow("interrupted");
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 429 || status >= 500) {
                throw new NotNow("file not available now: HTTP " + status);
            }
            if (status != 200) {
                return Optional.empty();
            }
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
            if (content.length > maxSize) {
                return Optional.of(new Attachments.Incoming(filename, declaredType, new byte[0], content.length));
            }
            return Optional.of(new Attachments.Incoming(filename, declaredType, content, content.length));
        } catch (IOException broken) {
            throw new NotNow("file download broke off: " + broken.getMessage());
        }
    }

    /** A file the messenger says is bigger than we keep: listed as too big, not fetched at all. */
    public static Attachments.Incoming tooBig(String filename, Optional<String> declaredType, long size) {
        return new Attachments.Incoming(filename, declaredType, new byte[0], size);
    }
}
