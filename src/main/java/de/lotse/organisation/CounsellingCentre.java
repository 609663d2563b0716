package de.lotse.organisation;

import java.util.Optional;

/**
 * An independent counselling centre (a Beratungsstelle of a welfare association, a union, an unemployment-advice
 * group). Only a centre the Jobcenter's administrator approved may use the direct line to the site managements.
 */
public record CounsellingCentre(CentreId id, JobcenterId jobcenter, String name, String provider, Kind kind, String email,
        Optional<String> phone, Optional<String> address, Status status) {

    public enum Kind {
        WELFARE_ASSOCIATION, TRADE_UNION, UNEMPLOYMENT_ADVICE, OTHER
    }

    public enum Status {
        APPLIED, APPROVED, SUSPENDED
    }

    /** Whether the centre may open referrals and see its referrals now. */
    public boolean approved() {
        return status == Status.APPROVED;
    }
}
