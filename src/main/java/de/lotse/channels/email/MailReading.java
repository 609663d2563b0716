package de.lotse.channels.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Reads what a person wrote out of an e-mail: the plain-text part, or the words of the HTML part (never its markup),
 * decoded from whatever charset and transfer encoding it came in, without the quoted history below it.
 */
final class MailReading {

    /** Lines that begin the quoted earlier message in German and English mail programs. */
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "^(Am .{4,120} schrieb .{0,200}:|On .{4,120} wrote:|-{2,}\\s*(Ursprüngliche Nachricht|Original Message)\\s*-{2,}"
                    + "|Von: .+|From: .+)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private MailReading() {
    }

    /** What the sender wrote, or empty when the message carries no readable text (only attachments, say). */
    static String text(MimeMessage message) throws MessagingException, IOException {
        return bestText(message).map(MailReading::withoutQuotedHistory).map(String::strip).orElse("");
    }

    private static Optional<String> bestText(Part part) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return Optional.empty();
        }
        if (part.isMimeType("text/plain")) {
            return Optional.of(decoded(part));
        }
        if (part.isMimeType("text/html")) {
            return Optional.of(wordsOf(decoded(part)));
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            List<BodyPart> parts = new ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                parts.add(multipart.getBodyPart(i));
            }
            if (part.isMimeType("multipart/alternative")) {
                // The plain part says the same as the HTML one, without markup to strip.
                for (BodyPart alternative : parts) {
                    if (alternative.isMimeType("text/plain")) {
                        return Optional.of(decoded(alternative));
                    }
                }
            }
            for (BodyPart inner : parts) {
                Optional<String> found = bestText(inner);
                if (found.isPresent() && !found.get().isBlank()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The text of a part in its declared charset. An unknown or missing charset falls back to UTF-8 and then to
     * windows-1252, the two that mail without a declaration comes in; undecodable bytes become U+FFFD, never an error.
     */
    private static String decoded(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
        } catch (java.io.UnsupportedEncodingException unknownCharset) {
            // read the bytes below
        }
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            bytes = out.toByteArray();
        }
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        return utf8.contains("\uFFFD") ? new String(bytes, java.nio.charset.Charset.forName("windows-1252")) : utf8;
    }

    /**
     * What of a mail's HTML may be read at all: text structure and emphasis, nothing active (no scripts, styles, links,
     * images, forms, event handlers). Everything else is dropped by the OWASP sanitizer before jsoup turns the rest
     * into words; staff only ever see those words, escaped.
     */
    private static final org.owasp.html.PolicyFactory READABLE = new org.owasp.html.HtmlPolicyBuilder()
            .allowElements("p", "br", "div", "span", "ul", "ol", "li", "b", "strong", "i", "em", "u", "blockquote", "pre",
                    "table", "tr", "td", "th", "h1", "h2", "h3", "h4")
            .toFactory();

    static String wordsOf(String html) {
        var document = Jsoup.parse(READABLE.sanitize(html));
        document.select("br").after("\\n");
        document.select("p, div, li, tr, h1, h2, h3").before("\\n\\n");
        document.select("blockquote").remove();
        return document.wholeText().replace("\\n", "\n").replaceAll("[ \\t\\x0B\\f\\r]+\n", "\n").replaceAll("\n{3,}", "\n\n");
    }

    /**
     * The files of a message: parts marked as attachment, and inline parts with a file name that are not its text.
     * Each is read up to {@code limit + 1} bytes, so that a huge one is known as too big without being held whole.
     */
    static List<de.lotse.channels.Attachments.Incoming> attachments(Part part, long limit)
            throws MessagingException, IOException {
        List<de.lotse.channels.Attachments.Incoming> files = new ArrayList<>();
        collect(part, limit, files, true);
        return files;
    }

    private static void collect(Part part, long limit, List<de.lotse.channels.Attachments.Incoming> files, boolean top)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), limit, files, false);
            }
            return;
        }
        String filename = fileName(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        boolean text = part.isMimeType("text/plain") || part.isMimeType("text/html");
        if (top || (!attachment && (filename == null || text))) {
            return;
        }
        byte[] head;
        long size = 0;
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (size + read <= limit + 1) {
                    out.write(buffer, 0, read);
                }
                size += read;
            }
            head = out.toByteArray();
        }
        String declared = part.getContentType() == null ? null : part.getContentType().split(";")[0].strip();
        files.add(new de.lotse.channels.Attachments.Incoming(filename == null ? "anhang" : filename,
                Optional.ofNullable(declared), head, size));
    }

    private static String fileName(Part part) throws MessagingException {
        try {
            String name = part.getFileName();
            return name == null ? null : MimeUtility.decodeText(name);
        } catch (java.io.UnsupportedEncodingException | jakarta.mail.internet.ParseException unreadable) {
            return "anhang";
        }
    }

    /** Cuts the quoted earlier message ("Am … schrieb …:" and what follows, or a trailing block of "> " lines). */
    static String withoutQuotedHistory(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int end = lines.length;
        for (int i = 0; i < lines.length; i++) {
            if (QUOTE_HEADER.matcher(lines[i].strip()).matches() && i > 0) {
                end = i;
                break;
            }
        }
        while (end > 0 && (lines[end - 1].startsWith(">") || lines[end - 1].isBlank())) {
            end--;
        }
        if (end == 0) {
            return text.strip(); // all of it was quoted: keep it rather than lose it
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, 0, end));
    }

    /**
     * Mail that no person wrote now: auto-replies, vacation notices, mailing lists, delivery reports (RFC 3834 and
     * the de-facto headers). Lotse records it but neither adds it as the citizen's word nor answers it.
     */
    static boolean automatic(MimeMessage message) throws MessagingException {
        String autoSubmitted = header(message, "Auto-Submitted").orElse("no").toLowerCase(Locale.ROOT);
        String precedence = header(message, "Precedence").orElse("").toLowerCase(Locale.ROOT);
        return !autoSubmitted.startsWith("no") || precedence.matches("bulk|junk|list|auto_reply")
                || header(message, "List-Id").isPresent() || header(message, "X-Autoreply").isPresent()
                || header(message, "X-Autorespond").isPresent() || bounce(message)
                || header(message, "Return-Path").map(path -> path.strip().equals("<>")).orElse(false);
    }

    /** A delivery status report (RFC 3464), or a classic bounce from a mailer daemon. */
    static boolean bounce(MimeMessage message) throws MessagingException {
        if (message.isMimeType("multipart/report")) {
            return true;
        }
        return sender(message).map(address -> address.toLowerCase(Locale.ROOT))
                .map(address -> address.startsWith("mailer-daemon@") || address.startsWith("postmaster@")).orElse(false);
    }

    /** The message ids a bounce names: those of our mail that did not arrive. */
    static List<String> bouncedIds(MimeMessage message, byte[] raw) {
        List<String> ids = new ArrayList<>();
        var matcher = Pattern.compile("(?im)^(?:Message-ID|In-Reply-To|References):\\s*(<[^>\\s]+>)")
                .matcher(new String(raw, StandardCharsets.ISO_8859_1));
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    static Optional<String> header(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? Optional.empty() : Optional.ofNullable(values[0]);
    }

    static Optional<String> sender(MimeMessage message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
            return Optional.empty();
        }
        return Optional.ofNullable(address.getAddress()).map(String::strip).filter(a -> a.contains("@"));
    }

    static Optional<String> senderName(MimeMessage message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
            return Optional.empty();
        }
        return Optional.ofNullable(address.getPersonal()).map(String::strip).filter(name -> !name.isEmpty());
    }

    /** The subject, decoded (RFC 2047); empty when there is none. */
    static String subject(MimeMessage message) throws MessagingException {
        String subject = message.getSubject();
        if (subject == null) {
            return "";
        }
        try {
            return MimeUtility.decodeText(subject).strip();
        } catch (java.io.UnsupportedEncodingException unknown) {
            return subject.strip();
        }
    }

    /** The +tags of our address among the recipients (To, Cc, Delivered-To, X-Original-To): anliegen+TAG@… */
    static List<String> plusTags(MimeMessage message, String ourAddress) throws MessagingException {
        int at = ourAddress.indexOf('@');
        Pattern tagged = Pattern.compile(Pattern.quote(ourAddress.substring(0, at)) + "\\+([^@\\s<>\"]+)"
                + Pattern.quote(ourAddress.substring(at)), Pattern.CASE_INSENSITIVE);
        List<String> tags = new ArrayList<>();
        for (String name : new String[] { "To", "Cc", "Delivered-To", "X-Original-To" }) {
            String[] values = message.getHeader(name);
            if (values != null) {
                for (String value : values) {
                    var matcher = tagged.matcher(value);
                    while (matcher.find()) {
                        tags.add(matcher.group(1));
                    }
                }
            }
        }
        return tags;
    }

    /** The ids of earlier messages this one answers. */
    static List<String> answers(MimeMessage message) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (String name : new String[] { "In-Reply-To", "References" }) {
            String[] values = message.getHeader(name);
            if (values != null) {
                for (String value : values) {
                    var matcher = Pattern.compile("<[^>\\s]+>").matcher(value);
                    while (matcher.find()) {
                        ids.add(matcher.group());
                    }
                }
            }
        }
        return ids;
    }

    /** The language a mail declares in {@code Content-Language} (its first tag's primary language), if any. */
    static Optional<String> declaredLanguage(MimeMessage mime) {
        try {
            String declared = mime.getHeader("Content-Language", ",");
            if (declared == null || declared.isBlank()) {
                return Optional.empty();
            }
            String first = declared.split(",")[0].strip();
            int dash = first.indexOf('-');
            return Optional.of((dash > 0 ? first.substring(0, dash) : first).toLowerCase(java.util.Locale.ROOT));
        } catch (MessagingException unreadable) {
            return Optional.empty();
        }
    }
}
