package de.lotse.organisation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Jobcenter this installation serves. One tenant per installation for now; the tables already carry
 * {@code jobcenter_id} so several Jobcenters can share one database later.
 */
@Component
public class CurrentJobcenter {

    private final Jobcenters jobcenters;
    private final String code;

    CurrentJobcenter(Jobcenters jobcenters, @Value("${lotse.jobcenter:team-arbeit-hamburg}") String code) {
        this.jobcenters = jobcenters;
        this.code = code;
    }

    public Jobcenter get() {
        return jobcenters.byCode(code).orElseThrow(() -> new IllegalStateException(
                "Jobcenter '" + code + "' is not set up: set LOTSE_JOBCENTER or enable the demo data (LOTSE_DEMO_DATA_ENABLED=true)"));
    }
}
