package de.lotse.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The services' texts in other languages than German, as their editors wrote them. */
@Repository
public class EntryTranslations {

    private final JdbcClient jdbc;

    EntryTranslations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Translation> of(UUID service) {
        return jdbc.sql("""
                SELECT language, field, text FROM directory_translation
                 WHERE entity_type = 'SERVICE' AND entity_id = ? ORDER BY language, field""").param(service)
                .query((rs, row) -> new Translation(rs.getString("language"), rs.getString("field"), rs.getString("text")))
                .list();
    }

    /** Every service's translations, by service. */
    public Map<UUID, List<Translation>> all() {
        Map<UUID, List<Translation>> all = new HashMap<>();
        jdbc.sql("SELECT entity_id, language, field, text FROM directory_translation WHERE entity_type = 'SERVICE'")
                .query(rs -> {
                    all.computeIfAbsent(rs.getObject("entity_id", UUID.class), id -> new ArrayList<>())
                            .add(new Translation(rs.getString("language"), rs.getString("field"), rs.getString("text")));
                });
        return all;
    }
}
