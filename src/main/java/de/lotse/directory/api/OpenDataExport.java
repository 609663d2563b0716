package de.lotse.directory.api;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The open-data files: every published service as CSV (one row per service and location) and as one HSDS JSON
 * document, both under {@value OpenDataLicence#ID}.
 */
@RestController
@Tag(name = "Directory open data", description = "The whole published directory as files, under "
        + OpenDataLicence.NAME + " (" + OpenDataLicence.ID + ", " + OpenDataLicence.URL + ")")
class OpenDataExport {

    static final String CSV = HsdsApi.ROOT + "/export/services.csv";
    static final String JSON = HsdsApi.ROOT + "/export/hsds.json";
    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PublishedDirectory directory;
    private final OpenDataPublisher publisher;

    OpenDataExport(PublishedDirectory directory, OpenDataPublisher publisher) {
        this.directory = directory;
        this.publisher = publisher;
    }

    @GetMapping(value = CSV, produces = "text/csv")
    @Operation(summary = "Every published service as CSV", description = "RFC 4180, UTF-8 without byte order mark, "
            + "one row per service and location, header row first. Columns are documented in the README.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> csv() {
        return ResponseEntity.ok().cacheControl(HsdsApi.FIVE_MINUTES).contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("beratungsstellen-hamburg.csv").build().toString())
                .body(ServicesCsv.write(directory.read().entries()));
    }

    @GetMapping(value = JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every published service as one HSDS 3.0 JSON document", description = "With meta (licence, "
            + "publisher, time of the newest change), taxonomies, taxonomy_terms, organizations, locations and services, which "
            + "refer to organizations and locations by id. The coordinator's import reads this format.")
    ResponseEntity<Hsds.Dataset> json() {
        return ResponseEntity.ok().cacheControl(HsdsApi.FIVE_MINUTES)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("beratungsstellen-hamburg.hsds.json").build().toString())
                .body(OpenDataset.of(directory.read(), publisher));
    }
}
