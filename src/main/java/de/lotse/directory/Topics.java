package de.lotse.directory;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directory's taxonomy: the topics services can be found by, in their set order. */
@Repository
class Topics {

    private final JdbcClient jdbc;

    Topics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Topic> all() {
        return jdbc.sql("SELECT code, name_de, name_en, name_ls FROM directory_taxonomy_term ORDER BY position")
                .query((rs, row) -> new Topic(rs.getString("code"), rs.getString("name_de"), rs.getString("name_en"),
                        rs.getString("name_ls"))).list();
    }
}
