package de.lotse.directline.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

import de.lotse.directline.DirectLine.DocumentContent;
import de.lotse.directline.ReferralNotFound;
import de.lotse.directline.Upload;

/** Files in and out of the direct line's pages. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(DocumentContent document) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(document.content());
    }

    static UUID id(String typed) {
        try {
            return UUID.fromString(typed);
        } catch (IllegalArgumentException notAnId) {
            throw new ReferralNotFound();
        }
    }

    /** The uploaded file, or an empty upload when none was chosen (the service says so at the field). */
    static Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return new Upload("", new byte[0]);
        }
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException unreadable) {
            return new Upload(file.getOriginalFilename(), new byte[0]);
        }
    }
}
