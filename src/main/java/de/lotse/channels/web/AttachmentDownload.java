package de.lotse.channels.web;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.lotse.channels.Attachments;
import de.lotse.concerns.CaseWork;
import de.lotse.concerns.ConcernNotFound;
import de.lotse.organisation.StaffPrincipal;

/**
 * A file a citizen sent, for staff who may work on the concern: opening the concern is the access check (and is
 * logged as a read of personal data). Always a download, with the type its content showed, never rendered in Lotse.
 */
@Controller
class AttachmentDownload {

    private final CaseWork caseWork;
    private final Attachments attachments;

    AttachmentDownload(CaseWork caseWork, Attachments attachments) {
        this.caseWork = caseWork;
        this.attachments = attachments;
    }

    @GetMapping("/arbeit/anliegen/{reference}/anhang/{id}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @PathVariable String id) {
        UUID file;
        try {
            file = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new ConcernNotFound();
        }
        var concern = caseWork.open(principal.member(), reference);
        Attachments.Stored stored = attachments.kept(concern.id(), file).orElseThrow(ConcernNotFound::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(stored.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(stored.content());
    }
}
