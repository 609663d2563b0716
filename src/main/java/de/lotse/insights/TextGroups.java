package de.lotse.insights;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Groups of similar concerns in a scope, from their scrubbed snippets (up to {@value #SAMPLE} of the newest month first), so that a new
 * kind of problem shows before it has a category. Groups of fewer than 5 concerns are not shown.
 */
@Service
class TextGroups {

    static final int SAMPLE = 2000;
    static final long SEED = 20261127L;

    private final JdbcClient jdbc;

    TextGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TextGroup> in(InsightScope scope) {
        Map<String, Object> params = new HashMap<>();
        // an anonymised concern's row has no snippet, and so no place in a group
        List<String> snippets = jdbc.sql("SELECT snippet FROM insight_concern" + Aggregates.where(scope, params)
                + " AND snippet <> '' ORDER BY received_month DESC LIMIT " + SAMPLE).params(params).query(String.class).list();
        int k = (int) Math.max(2, Math.min(8, Math.round(Math.sqrt(snippets.size() / 10.0))));
        return TextClustering.groups(snippets, k, SEED).stream()
                .filter(group -> group.members().size() >= Suppression.THRESHOLD && !group.terms().isEmpty())
                .map(group -> new TextGroup(group.terms(), group.members().size())).toList();
    }
}
