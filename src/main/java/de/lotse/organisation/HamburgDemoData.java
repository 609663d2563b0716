package de.lotse.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up Jobcenter team.arbeit.hamburg with its 20 sites and a demo postcode table. Runs at every start and only
 * adds what is missing, so an administrator's edits are never overwritten.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("lotse.demo-data.enabled")
class HamburgDemoData implements ApplicationRunner {

    static final String CODE = "team-arbeit-hamburg";
    private static final Logger log = LoggerFactory.getLogger(HamburgDemoData.class);

    private final Jobcenters jobcenters;
    private final Sites sites;

    HamburgDemoData(Jobcenters jobcenters, Sites sites) {
        this.jobcenters = jobcenters;
        this.sites = sites;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jobcenters.insertIfAbsent(new Jobcenter(new JobcenterId(UUID.randomUUID()), CODE, "Jobcenter team.arbeit.hamburg", "HH"));
        JobcenterId hamburg = jobcenters.byCode(CODE).orElseThrow().id();
        for (List<String> row : csv("seed/hamburg-sites.csv")) {
            Site.Kind kind = Site.Kind.valueOf(row.get(2).toUpperCase(Locale.ROOT));
            sites.insertIfAbsent(new Site(new SiteId(UUID.randomUUID()), hamburg, row.get(0), row.get(1), kind),
                    row.size() > 3 && !row.get(3).isBlank() ? row.get(3) : null);
        }
        for (Site site : sites.of(hamburg)) {
            // Demo mailboxes; the embedded mail server receives them (log in over IMAP with the address).
            sites.setDutyEmailIfAbsent(site.id(), "bereitschaft-" + site.code() + "@jobcenter.lotse.test");
        }
        // Hamburg-Mitte takes the concerns no postcode routes (e-mails without an address, for example).
        sites.byCode(hamburg, "mitte").ifPresent(mitte -> sites.makeCentralIfNone(hamburg, mitte.id()));
        int routes = 0;
        for (List<String> row : csv("seed/hamburg-postcodes.csv")) {
            Site site = sites.byCode(hamburg, row.get(1)).orElseThrow(
                    () -> new IllegalStateException("Postcode table names unknown site " + row.get(1)));
            sites.routeIfUnrouted(hamburg, new Postcode(row.get(0)), site.id());
            routes++;
        }
        log.info("Demo data: Jobcenter team.arbeit.hamburg with {} sites and {} routed postcodes", sites.of(hamburg).size(), routes);
    }

    /** Reads a small CSV without quotes in values; lines starting with # are comments, the first other line is the header. */
    private static List<List<String>> csv(String resource) {
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).skip(1)
                    .map(line -> List.of(line.split(",", -1))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
