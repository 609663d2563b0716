package de.lotse.directory.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.http.CacheControl;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.api.HsdsMapping.Depth;
import de.lotse.directory.api.PublishedDirectory.Placed;
import de.lotse.directory.api.PublishedDirectory.Snapshot;
import de.lotse.web.PublicLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The directory as an Open Referral HSDS 3.0 API: read only, public, no key, open to every origin. Only published
 * services appear; errors are RFC 9457 problem details (see {@link HsdsApiProblems}).
 */
@RestController
@RequestMapping(HsdsApi.ROOT)
@Tag(name = "Directory (HSDS 3)", description = "The directory of independent counselling centres as Open Referral "
        + "HSDS 3.0: published services only, open data under " + OpenDataLicence.NAME + " (" + OpenDataLicence.ID + ")")
@ApiResponse(responseCode = "400", description = "A parameter is invalid; errors lists each one", content = @Content(
        mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class HsdsApi {

    static final String ROOT = "/api/hsds";
    static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final PublishedDirectory directory;
    private final Topics topics;
    private final OpenDataPublisher publisher;
    private final PublicLinks links;

    HsdsApi(PublishedDirectory directory, Topics topics, OpenDataPublisher publisher, PublicLinks links) {
        this.directory = directory;
        this.topics = topics;
        this.publisher = publisher;
        this.links = links;
    }

    static <T> ResponseEntity<T> openData(T body) {
        return ResponseEntity.ok().cacheControl(FIVE_MINUTES).body(body);
    }

    @GetMapping({ "", "/" })
    @Operation(summary = "About this API", description = "HSDS version, profile, the OpenAPI document, the publisher "
            + "and the licence of the data, and where the open-data files are.")
    ResponseEntity<Hsds.ApiInfo> about() {
        return openData(new Hsds.ApiInfo(Hsds.VERSION, Hsds.PROFILE, links.to("/v3/api-docs"),
                "Verzeichnis der unabhängigen Beratungsstellen in Hamburg (Beratung zu Bürgergeld, Wohnen, Schulden, "
                        + "Migration ...). Directory of independent counselling centres in Hamburg, as HSDS 3.0. "
                        + "Times are local Hamburg time (Europe/Berlin). Fields starting with x_ extend HSDS; entries "
                        + "with the attribute lotse-flags/sample are made-up sample data.",
                publisher.publisher(), publisher.license(),
                Map.of("services", links.to(ROOT + "/services"), "organizations", links.to(ROOT + "/organizations"),
                        "locations", links.to(ROOT + "/locations"),
                        "service_at_locations", links.to(ROOT + "/service_at_locations"),
                        "taxonomies", links.to(ROOT + "/taxonomies"), "taxonomy_terms", links.to(ROOT + "/taxonomy_terms"),
                        "export_csv", links.to(OpenDataExport.CSV), "export_json", links.to(OpenDataExport.JSON))));
    }

    @GetMapping("/services")
    @Operation(summary = "List published services", description = "In name order, one page at a time. Each item has "
            + "the service's one-to-one fields; full=true nests everything, as /services/{id} does.")
    ResponseEntity<Hsds.Page<Hsds.Service>> services(
            @Parameter(description = "Words that must all occur in the name or description of the service or its "
                    + "organization", example = "Miete") @RequestParam(required = false) String search,
            @Parameter(description = "A topic: its code (HOUSING) or id, see /taxonomy_terms")
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @Parameter(description = "Services of this organization") @RequestParam(name = "organization_id",
                    required = false) String organizationId,
            @Parameter(description = "Offered in this Hamburg district: Hamburg-Mitte, Altona, Eimsbüttel, "
                    + "Hamburg-Nord, Wandsbek, Bergedorf, Harburg", example = "Altona")
            @RequestParam(required = false) String district,
            @Parameter(description = "Advice in this language (BCP 47 code)", example = "uk")
            @RequestParam(required = false) String language,
            @Parameter(description = "Offered at a location with this postcode", example = "20097")
            @RequestParam(required = false) String postcode,
            @Parameter(description = "Changed after this time (ISO 8601, e.g. 2026-03-01T00:00:00Z, or a date)")
            @RequestParam(name = "modified_after", required = false) String modifiedAfter,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Items per page, 1 to 200 (default 50)")
            @RequestParam(name = "per_page", required = false) String perPage,
            @Parameter(description = "true: nest locations, schedules, languages, phones and attributes")
            @RequestParam(required = false) String full) {
        HsdsParameters parameters = new HsdsParameters();
        ServiceFilter filter = filter(parameters, search, taxonomyTermId, organizationId, district, language, postcode,
                modifiedAfter);
        int pageNumber = parameters.page(page);
        int size = parameters.perPage(perPage);
        Depth depth = parameters.flag(full, "full") ? Depth.FULL : Depth.LIST;
        parameters.check();
        Snapshot snapshot = directory.read();
        HsdsMapping mapping = snapshot.mapping();
        List<Hsds.Service> services = snapshot.services(filter).stream().map(entry -> mapping.service(entry, depth))
                .toList();
        return openData(Hsds.Page.of(services, pageNumber, size));
    }

    @GetMapping("/services/{id}")
    @Operation(summary = "One published service, fully nested")
    @ApiResponse(responseCode = "404", description = "No published service has this id", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Hsds.Service> service(@PathVariable String id) {
        UUID wanted = id(id);
        Snapshot snapshot = directory.read();
        return openData(snapshot.entries().stream().filter(entry -> entry.service().id().equals(wanted)).findFirst()
                .map(entry -> snapshot.mapping().service(entry, Depth.FULL)).orElseThrow(() -> new EntryNotFound(id)));
    }

    @GetMapping("/organizations")
    @Operation(summary = "List organizations with published services", description = "In name order.")
    ResponseEntity<Hsds.Page<Hsds.Organization>> organizations(
            @Parameter(description = "Words that must all occur in the name or description")
            @RequestParam(required = false) String search,
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        HsdsParameters parameters = new HsdsParameters();
        List<String> words = parameters.search(search);
        int pageNumber = parameters.page(page);
        int size = parameters.perPage(perPage);
        parameters.check();
        Snapshot snapshot = directory.read();
        HsdsMapping mapping = snapshot.mapping();
        Predicate<DirectoryEntry.Organization> matches = organization -> {
            String text = String.join(" ", organization.name(), organization.alternateName().orElse(""),
                    organization.description()).toLowerCase(Locale.GERMAN);
            return words.stream().allMatch(text::contains);
        };
        return openData(Hsds.Page.of(snapshot.organizations().stream().filter(matches)
                .map(organization -> mapping.organization(organization, null)).toList(), pageNumber, size));
    }

    @GetMapping("/organizations/{id}")
    @Operation(summary = "One organization with its published services")
    @ApiResponse(responseCode = "404", description = "No organization with published services has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Hsds.Organization> organization(@PathVariable String id) {
        UUID wanted = id(id);
        Snapshot snapshot = directory.read();
        HsdsMapping mapping = snapshot.mapping();
        DirectoryEntry.Organization organization = snapshot.organizations().stream()
                .filter(candidate -> candidate.id().equals(wanted)).findFirst().orElseThrow(() -> new EntryNotFound(id));
        List<Hsds.Service> services = snapshot.entries().stream()
                .filter(entry -> entry.organization().id().equals(wanted))
                .map(entry -> mapping.service(entry, Depth.LIST)).toList();
        return openData(mapping.organization(organization, services));
    }

    @GetMapping("/locations")
    @Operation(summary = "List locations where published services are offered", description = "In name order.")
    ResponseEntity<Hsds.Page<Hsds.Location>> locations(
            @Parameter(description = "In this Hamburg district") @RequestParam(required = false) String district,
            @Parameter(description = "With this postcode") @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        HsdsParameters parameters = new HsdsParameters();
        ServiceFilter filter = new ServiceFilter(List.of(), Optional.empty(), Optional.empty(),
                parameters.district(district), Optional.empty(), parameters.postcode(postcode),
                Optional.empty());
        int pageNumber = parameters.page(page);
        int size = parameters.perPage(perPage);
        parameters.check();
        Snapshot snapshot = directory.read();
        HsdsMapping mapping = snapshot.mapping();
        return openData(Hsds.Page.of(snapshot.locations().stream().filter(placed -> filter.matchesAt(placed.location()))
                .map(placed -> mapping.location(placed.location(), placed.organizationId())).toList(), pageNumber, size));
    }

    @GetMapping("/locations/{id}")
    @Operation(summary = "One location where published services are offered")
    @ApiResponse(responseCode = "404", description = "No such location with published services", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Hsds.Location> location(@PathVariable String id) {
        UUID wanted = id(id);
        Snapshot snapshot = directory.read();
        Placed placed = snapshot.locations().stream().filter(candidate -> candidate.location().id().equals(wanted))
                .findFirst().orElseThrow(() -> new EntryNotFound(id));
        return openData(snapshot.mapping().location(placed.location(), placed.organizationId()));
    }

    @GetMapping("/service_at_locations")
    @Operation(summary = "List published services at their locations", description = "One item per service and "
            + "location, with both nested; the filters are those of /services, district and postcode apply to the "
            + "location.")
    ResponseEntity<Hsds.Page<Hsds.ServiceAtLocation>> serviceAtLocations(
            @RequestParam(required = false) String search,
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @RequestParam(name = "organization_id", required = false) String organizationId,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String postcode,
            @RequestParam(name = "modified_after", required = false) String modifiedAfter,
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        HsdsParameters parameters = new HsdsParameters();
        ServiceFilter filter = filter(parameters, search, taxonomyTermId, organizationId, district, language, postcode,
                modifiedAfter);
        int pageNumber = parameters.page(page);
        int size = parameters.perPage(perPage);
        parameters.check();
        Snapshot snapshot = directory.read();
        HsdsMapping mapping = snapshot.mapping();
        List<Hsds.ServiceAtLocation> found = snapshot.services(filter).stream()
                .flatMap(entry -> entry.locations().stream().filter(filter::matchesAt)
                        .map(location -> mapping.serviceAtLocation(entry, location, Depth.LIST)))
                .toList();
        return openData(Hsds.Page.of(found, pageNumber, size));
    }

    @GetMapping("/service_at_locations/{id}")
    @Operation(summary = "One published service at one location")
    @ApiResponse(responseCode = "404", description = "No such published service at location", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Hsds.ServiceAtLocation> serviceAtLocation(@PathVariable String id) {
        UUID wanted = id(id);
        Snapshot snapshot = directory.read();
        HsdsMapping mapping = snapshot.mapping();
        for (DirectoryEntry entry : snapshot.entries()) {
            for (DirectoryEntry.Location location : entry.locations()) {
                if (HsdsMapping.serviceAtLocationId(entry.service().id(), location.id()).equals(wanted)) {
                    return openData(mapping.serviceAtLocation(entry, location, Depth.LIST));
                }
            }
        }
        throw new EntryNotFound(id);
    }

    @GetMapping("/taxonomies")
    @Operation(summary = "The taxonomies: lotse-topics (what a service helps with) and lotse-flags (sample data)")
    ResponseEntity<Hsds.Page<Hsds.Taxonomy>> taxonomies(@RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        HsdsParameters parameters = new HsdsParameters();
        int pageNumber = parameters.page(page);
        int size = parameters.perPage(perPage);
        parameters.check();
        return openData(Hsds.Page.of(Topics.taxonomies(), pageNumber, size));
    }

    @GetMapping("/taxonomies/{id}")
    @Operation(summary = "One taxonomy")
    ResponseEntity<Hsds.Taxonomy> taxonomy(@PathVariable String id) {
        UUID wanted = id(id);
        return openData(Topics.taxonomies().stream().filter(taxonomy -> taxonomy.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new EntryNotFound(id)));
    }

    @GetMapping("/taxonomy_terms")
    @Operation(summary = "The taxonomy terms: every topic, and the sample flag")
    ResponseEntity<Hsds.Page<Hsds.TaxonomyTerm>> taxonomyTerms(
            @Parameter(description = "Terms of this taxonomy only") @RequestParam(name = "taxonomy_id",
                    required = false) String taxonomyId,
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        HsdsParameters parameters = new HsdsParameters();
        Optional<UUID> taxonomy = parameters.uuid(taxonomyId, "taxonomy_id");
        int pageNumber = parameters.page(page);
        int size = parameters.perPage(perPage);
        parameters.check();
        return openData(Hsds.Page.of(terms().stream()
                .filter(term -> taxonomy.map(term.taxonomyId()::equals).orElse(true)).toList(), pageNumber, size));
    }

    @GetMapping("/taxonomy_terms/{id}")
    @Operation(summary = "One taxonomy term, by id or code")
    ResponseEntity<Hsds.TaxonomyTerm> taxonomyTerm(@PathVariable String id) {
        return openData(terms().stream().filter(term -> term.id().toString().equalsIgnoreCase(id)
                || term.code().equalsIgnoreCase(id)).findFirst().orElseThrow(() -> new EntryNotFound(id)));
    }

    private List<Hsds.TaxonomyTerm> terms() {
        List<Hsds.TaxonomyTerm> terms = new ArrayList<>(topics.all().stream().map(Topics::term).toList());
        terms.add(Topics.sampleTerm());
        return terms;
    }

    private ServiceFilter filter(HsdsParameters parameters, String search, String taxonomyTermId, String organizationId,
            String district, String language, String postcode, String modifiedAfter) {
        return new ServiceFilter(parameters.search(search), parameters.topic(taxonomyTermId, topics),
                parameters.uuid(organizationId, "organization_id"), parameters.district(district),
                parameters.language(language), parameters.postcode(postcode), parameters.modifiedAfter(modifiedAfter));
    }

    private static UUID id(String typed) {
        HsdsParameters parameters = new HsdsParameters();
        Optional<UUID> id = parameters.uuid(typed, "id");
        parameters.check();
        return id.orElseThrow(() -> new EntryNotFound(typed));
    }
}
