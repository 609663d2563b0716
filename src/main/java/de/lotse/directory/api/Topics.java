package de.lotse.directory.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory's topics as HSDS taxonomy terms of the taxonomy {@value #TAXONOMY}, plus the taxonomy
 * {@value #FLAGS} whose one term, {@value #SAMPLE}, marks made-up sample entries so that reusers can drop them.
 */
@Repository("hsdsTopics")
class Topics {

    static final String TAXONOMY = "lotse-topics";
    static final String FLAGS = "lotse-flags";
    static final String SAMPLE = "sample";

    record Topic(String code, String nameDe, String nameEn) {
        UUID id() {
            return StableIds.of("taxonomy_term", TAXONOMY, code);
        }
    }

    private final JdbcClient jdbc;

    Topics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Topic> all() {
        return jdbc.sql("SELECT code, name_de, name_en FROM directory_taxonomy_term ORDER BY position")
                .query((rs, row) -> new Topic(rs.getString("code"), rs.getString("name_de"), rs.getString("name_en")))
                .list();
    }

    Map<String, Topic> byCode() {
        return all().stream().collect(Collectors.toMap(Topic::code, Function.identity()));
    }

    /** By code (HOUSING) or by its HSDS id. */
    Optional<Topic> find(String codeOrId) {
        return all().stream().filter(t -> t.code().equalsIgnoreCase(codeOrId) || t.id().toString().equalsIgnoreCase(codeOrId))
                .findFirst();
    }

    static UUID taxonomyId() {
        return StableIds.of("taxonomy", TAXONOMY);
    }

    static UUID flagsId() {
        return StableIds.of("taxonomy", FLAGS);
    }

    static UUID sampleTermId() {
        return StableIds.of("taxonomy_term", FLAGS, SAMPLE);
    }

    static Hsds.TaxonomyTerm term(Topic topic) {
        return new Hsds.TaxonomyTerm(topic.id(), topic.code(), topic.nameDe(), null, TAXONOMY, taxonomyId(), "de",
                topic.nameEn());
    }

    static Hsds.TaxonomyTerm sampleTerm() {
        return new Hsds.TaxonomyTerm(sampleTermId(), SAMPLE, "Beispieleintrag (erfunden)", "Made-up sample data for "
                + "demonstrations; not a real counselling service", FLAGS, flagsId(), "de", "Sample entry (made up)");
    }

    static List<Hsds.Taxonomy> taxonomies() {
        return List.of(
                new Hsds.Taxonomy(taxonomyId(), TAXONOMY, "Themen, bei denen die Beratungsstellen helfen / topics the "
                        + "counselling services help with", null, "1"),
                new Hsds.Taxonomy(flagsId(), FLAGS, "Kennzeichen von Einträgen / flags on entries", null, "1"));
    }
}
