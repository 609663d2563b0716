package de.lotse.organisation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Jobcenters {

    private final JdbcClient jdbc;

    Jobcenters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Jobcenter> byCode(String code) {
        return jdbc.sql("SELECT id, code, name, reference_prefix FROM jobcenter WHERE code = ?")
                .param(code)
                .query((rs, row) -> new Jobcenter(new JobcenterId(rs.getObject("id", UUID.class)), rs.getString("code"),
                        rs.getString("name"), rs.getString("reference_prefix")))
                .optional();
    }

    void insertIfAbsent(Jobcenter jobcenter) {
        jdbc.sql("""
                INSERT INTO jobcenter (id, code, name, reference_prefix) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO NOTHING""")
                .params(jobcenter.id().value(), jobcenter.code(), jobcenter.name(), jobcenter.referencePrefix())
                .update();
    }
}
