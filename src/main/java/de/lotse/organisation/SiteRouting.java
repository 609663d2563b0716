package de.lotse.organisation;

import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Finds the site responsible for a person: by postcode, or the special site when they have no fixed address; without a
 * postcode that routes, the Jobcenter's central site, so that every concern is seen by someone.
 */
@Service
public class SiteRouting {

    static final String WITHOUT_FIXED_ADDRESS_SITE = "ohne-wohnsitz";

    private final Sites sites;

    SiteRouting(Sites sites) {
        this.sites = sites;
    }

    public Optional<Site> siteFor(JobcenterId jobcenter, Optional<Postcode> postcode, boolean withoutFixedAddress) {
        if (withoutFixedAddress) {
            return sites.byCode(jobcenter, WITHOUT_FIXED_ADDRESS_SITE);
        }
        return postcode.flatMap(code -> sites.servingPostcode(jobcenter, code)).or(() -> sites.central(jobcenter));
    }
}
