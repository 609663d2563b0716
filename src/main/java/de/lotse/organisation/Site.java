package de.lotse.organisation;

/** A Standort of a Jobcenter: regional sites serve postcodes, special sites serve groups of people. */
public record Site(SiteId id, JobcenterId jobcenterId, String code, String name, Kind kind) {

    public enum Kind {
        REGIONAL, SPECIAL
    }
}
