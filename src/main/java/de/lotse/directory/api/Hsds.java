package de.lotse.directory.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The wire shapes of Open Referral HSDS 3.0, as far as the directory fills them, with field names as the standard
 * spells them. Fields the standard lacks start with {@code x_} (HSDS allows such extensions); absent values are left
 * out rather than sent as null.
 */
final class Hsds {

    static final String VERSION = "3.0";
    static final String PROFILE = "https://docs.openreferral.org/en/3.0/";

    private Hsds() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsApiInfo", description = "What this API is and how it relates to HSDS")
    record ApiInfo(@Schema(example = "3.0") String version, String profile,
            @JsonProperty("openapi_url") String openapiUrl, String description, Publisher publisher, License license,
            @Schema(description = "Where the endpoints and the open-data files are") Map<String, String> links) {
    }

    @Schema(name = "HsdsPublisher")
    record Publisher(String name, String website) {
    }

    @Schema(name = "HsdsLicense", description = "The licence of the data: reuse is free if the source is named")
    record License(@Schema(example = OpenDataLicence.ID) String id, @Schema(example = OpenDataLicence.NAME) String name,
            @Schema(example = OpenDataLicence.URL) String url,
            @Schema(description = "How to name the source") String attribution) {
    }

    @Schema(description = "One page of a list, as in the HSDS API (pages count from 1)")
    record Page<T>(@JsonProperty("total_items") long totalItems, @JsonProperty("total_pages") int totalPages,
            @JsonProperty("page_number") int pageNumber, int size, @JsonProperty("first_page") boolean firstPage,
            @JsonProperty("last_page") boolean lastPage, boolean empty, List<T> contents) {

        static <T> Page<T> of(List<T> all, int page, int perPage) {
            int from = Math.min(all.size(), (page - 1) * perPage);
            int to = Math.min(all.size(), from + perPage);
            int totalPages = Math.max(1, (all.size() + perPage - 1) / perPage);
            List<T> contents = all.subList(from, to);
            return new Page<>(all.size(), totalPages, page, contents.size(), page == 1, page >= totalPages,
                    contents.isEmpty(), List.copyOf(contents));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsOrganization", description = "The organization that offers services (a counselling centre)")
    record Organization(UUID id, String name, @JsonProperty("alternate_name") String alternateName, String description,
            String email, String website,
            @JsonProperty("x_provider") @Schema(description = "Extension: the sponsoring body (Träger)") String provider,
            @Schema(description = "Flags; a term of taxonomy lotse-flags with code 'sample' marks made-up sample data")
            List<Attribute> attributes,
            @Schema(description = "Its published services (only on /organizations/{id})") List<Service> services) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsLocation", description = "A place where services are offered")
    record Location(UUID id, @JsonProperty("location_type") @Schema(example = "physical") String locationType,
            @JsonProperty("organization_id") UUID organizationId, String name, String transportation, Double latitude,
            Double longitude, List<Address> addresses, List<Accessibility> accessibility) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsAddress")
    record Address(UUID id, @JsonProperty("location_id") UUID locationId,
            @JsonProperty("address_1") @Schema(example = "Besenbinderhof 60") String address1,
            @Schema(example = "Hamburg") String city,
            @Schema(description = "Hamburg's district (Bezirk)", example = "Hamburg-Mitte") String region,
            @JsonProperty("state_province") @Schema(example = "Hamburg") String stateProvince,
            @JsonProperty("postal_code") @Schema(example = "20097") String postalCode,
            @Schema(example = "DE") String country,
            @JsonProperty("address_type") @Schema(example = "physical") String addressType) {
    }

    @Schema(name = "HsdsAccessibility")
    record Accessibility(UUID id, @JsonProperty("location_id") UUID locationId,
            @Schema(description = "A feature code", allowableValues = { "STEP_FREE", "ACCESSIBLE_TOILET",
                    "HEARING_LOOP", "SIGN_LANGUAGE", "EASY_LANGUAGE", "LIFT", "PARKING_DISABLED" }) String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsServiceAtLocation", description = "A service as offered at one location")
    record ServiceAtLocation(UUID id, @JsonProperty("service_id") UUID serviceId,
            @JsonProperty("location_id") UUID locationId, Service service, Location location) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsSchedule", description = "Weekly hours (freq WEEKLY, one byday each) in Hamburg local time; a "
            + "schedule without freq whose valid_from equals valid_to is a single day that differs from the week: "
            + "closed when it has no opens_at")
    record Schedule(UUID id, @JsonProperty("service_id") UUID serviceId, @JsonProperty("location_id") UUID locationId,
            @Schema(example = "WEEKLY") String freq, @Schema(example = "MO") String byday,
            @JsonProperty("opens_at") @Schema(example = "09:00") String opensAt,
            @JsonProperty("closes_at") @Schema(example = "13:00") String closesAt,
            @JsonProperty("valid_from") String validFrom, @JsonProperty("valid_to") String validTo, String dtstart,
            String description,
            @JsonProperty("attending_type") @Schema(description = "in_person for visits, phone for phone advice",
                    allowableValues = { "in_person", "phone" }) String attendingType,
            String notes) {
    }

    @Schema(name = "HsdsLanguage")
    record Language(UUID id, @JsonProperty("service_id") UUID serviceId, @Schema(example = "Ukrainian") String name,
            @Schema(description = "BCP 47 code; de-LS is German in Leichte Sprache", example = "uk") String code) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsPhone")
    record Phone(UUID id, @JsonProperty("service_id") UUID serviceId, @Schema(example = "040 1234567") String number,
            @Schema(example = "voice") String type, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsAttribute", description = "Links a service or organization to a taxonomy term")
    record Attribute(UUID id, @JsonProperty("link_id") UUID linkId,
            @JsonProperty("link_type") @Schema(allowableValues = { "topic", "flag" }) String linkType,
            @JsonProperty("link_entity") @Schema(allowableValues = { "service", "organization" }) String linkEntity,
            @JsonProperty("taxonomy_term_id") UUID taxonomyTermId,
            @JsonProperty("taxonomy_term") TaxonomyTerm taxonomyTerm) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsTaxonomyTerm")
    record TaxonomyTerm(UUID id, @Schema(example = "HOUSING") String code,
            @Schema(example = "Wohnen, Miete und Heizkosten") String name, String description, String taxonomy,
            @JsonProperty("taxonomy_id") UUID taxonomyId, @Schema(example = "de") String language,
            @JsonProperty("x_name_en") @Schema(description = "Extension: the English name") String nameEn) {
    }

    @Schema(name = "HsdsTaxonomy")
    record Taxonomy(UUID id, String name, String description, String uri, String version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsService", description = "A counselling service. Lists carry its one-to-one fields only "
            + "(unless full=true); /services/{id} nests everything")
    record Service(UUID id, @JsonProperty("organization_id") UUID organizationId, String name, String description,
            String url, String email,
            @Schema(description = "Always active: only published services are open data", example = "active")
            String status,
            @JsonProperty("fees_description") String feesDescription,
            @JsonProperty("assured_date") @Schema(description = "When the entry was last checked") String assuredDate,
            @JsonProperty("x_easy_description") @Schema(description = "Extension: the description in Leichte Sprache")
            String easyDescription,
            @JsonProperty("x_free_of_charge") @Schema(description = "Extension") Boolean freeOfCharge,
            @JsonProperty("x_appointment") @Schema(description = "Extension",
                    allowableValues = { "REQUIRED", "WALK_IN", "BOTH" }) String appointment,
            @JsonProperty("x_phone_advice") @Schema(description = "Extension: advice by phone") Boolean phoneAdvice,
            @JsonProperty("x_video_advice") @Schema(description = "Extension: advice by video call") Boolean videoAdvice,
            Organization organization,
            @JsonProperty("service_at_locations") List<ServiceAtLocation> serviceAtLocations,
            List<Schedule> schedules, List<Language> languages, List<Phone> phones, List<Attribute> attributes,
            @JsonProperty("x_translations") @Schema(description = "Extension: name and description in other languages, "
                    + "written by the entry's editors (field name or description, language code)")
            List<de.lotse.directory.Translation> translations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsDatasetMeta")
    record Meta(@JsonProperty("hsds_version") String hsdsVersion, String profile,
            @JsonProperty("last_modified") @Schema(description = "The newest change to a published entry")
            String lastModified, Publisher publisher, License license,
            String description) {
    }

    @Schema(name = "HsdsDataset", description = "The whole open dataset: services refer to organizations and locations "
            + "by id")
    record Dataset(Meta meta, List<Taxonomy> taxonomies, @JsonProperty("taxonomy_terms") List<TaxonomyTerm> taxonomyTerms,
            List<Organization> organizations, List<Location> locations, List<Service> services) {
    }
}
