package de.lotse.concerns.web;

import de.lotse.web.PublicLinks;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.lotse.concerns.CitizenAccess;
import de.lotse.concerns.CitizenView;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.Receipt;
import de.lotse.concerns.TimelineEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The JSON API for concerns, for apps and partner systems. The status link's secret is the only credential, exactly as
 * on the web page; errors come as RFC 9457 problem details (see {@link ConcernApiProblems}).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Concerns", description = "Raise a concern with the Jobcenter and follow it with its status link")
class ConcernApi {

    private final ConcernIntake intake;
    private final CitizenAccess access;
    private final PublicLinks links;
    private final de.lotse.concerns.ConcernMetrics metrics;

    ConcernApi(ConcernIntake intake, CitizenAccess access, PublicLinks links, de.lotse.concerns.ConcernMetrics metrics) {
        this.intake = intake;
        this.metrics = metrics;
        this.access = access;
        this.links = links;
    }

    record ReceiptResponse(String reference, String statusUrl, String apiUrl) {
    }

    record MessageRequest(String text) {
    }

    record MessageResponse(int position) {
    }

    record TimelineEntryResponse(int position, String type, String text, String status, Instant occurredAt) {
        static TimelineEntryResponse of(TimelineEntry entry) {
            return new TimelineEntryResponse(entry.position(), entry.type().name(), entry.body().orElse(null),
                    entry.status().map(Enum::name).orElse(null), entry.occurredAt());
        }
    }

    /** By when the Jobcenter has promised to act next, e.g. ACKNOWLEDGE by the end of the third working day. */
    record PromiseResponse(String level, Instant dueAt) {
    }

    record StatusResponse(String reference, String kind, String urgency, String status, Instant receivedAt,
            String description, String site, LocalDate noticeDate, boolean acceptsMessages, PromiseResponse nextPromise,
            List<TimelineEntryResponse> timeline) {
        static StatusResponse of(CitizenView view) {
            return new StatusResponse(view.reference().value(), view.kind().name(), view.urgency().name(),
                    view.status().name(), view.receivedAt(), view.description(), view.siteName().orElse(null), view.noticeDate().orElse(null),
                    view.acceptsMessages(),
                    view.nextPromise().map(clock -> new PromiseResponse(clock.level().name(), clock.dueAt())).orElse(null),
                    view.timeline().stream().map(TimelineEntryResponse::of).toList());
        }
    }

    @PostMapping("/concerns")
    @ApiResponse(responseCode = "201", description = "Created, or the receipt of the same submission sent earlier")
    @ApiResponse(responseCode = "422", description = "A field is missing or invalid, or the Idempotency-Key was used "
            + "for other content", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    @Operation(summary = "Raise a concern", description = "Fields are those of the web form; enum values are their "
            + "constant names (kind COMPLAINT, contactChannel NONE, ...), noticeDate as yyyy-MM-dd or dd.MM.yyyy, "
            + "preferredLanguage a code such as de, de-LS, uk. Send the same Idempotency-Key again to retry safely: the "
            + "first concern's receipt comes back and no second concern is created.")
    ResponseEntity<ReceiptResponse> create(@RequestBody ConcernDraft draft,
            @Parameter(description = "A unique key per concern, 16 to 255 visible ASCII characters (a UUID)")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Receipt receipt = intake.submit(draft, Optional.ofNullable(idempotencyKey));
        String secret = receipt.secret().value();
        URI apiUrl = URI.create(links.to("/api/v1/status/" + secret));
        var response = ResponseEntity.status(HttpStatus.CREATED).location(apiUrl);
        if (receipt.repeated()) {
            response.header("Idempotent-Replayed", "true");
        } else {
            metrics.received("api");
        }
        return response.body(new ReceiptResponse(receipt.reference().value(), links.to(StatusPageController.statusPath(secret)),
                apiUrl.toString()));
    }

    @GetMapping("/status/{secret}")
    @ApiResponse(responseCode = "404", description = "No concern has this status link", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many wrong status links from this client; see Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @Operation(summary = "Read a concern's status and the timeline meant for the citizen")
    StatusResponse status(@PathVariable String secret, HttpServletRequest request) {
        return StatusResponse.of(access.open(secret, request.getRemoteAddr(), "api-status"));
    }

    @GetMapping("/status/{secret}/messages")
    @Operation(summary = "Read the timeline entries meant for the citizen")
    List<TimelineEntryResponse> messages(@PathVariable String secret, HttpServletRequest request) {
        return access.open(secret, request.getRemoteAddr(), "api-messages").timeline().stream()
                .map(TimelineEntryResponse::of).toList();
    }

    @PostMapping("/status/{secret}/messages")
    @Operation(summary = "Add a message from the citizen", description = "Idempotent per Idempotency-Key.")
    ResponseEntity<MessageResponse> addMessage(@PathVariable String secret, @RequestBody MessageRequest message,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, HttpServletRequest request) {
        CitizenAccess.PostedMessage posted = access.addMessage(secret, message.text(), Optional.ofNullable(idempotencyKey),
                request.getRemoteAddr());
        var response = ResponseEntity.status(HttpStatus.CREATED);
        if (posted.repeated()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(new MessageResponse(posted.position()));
    }
}
