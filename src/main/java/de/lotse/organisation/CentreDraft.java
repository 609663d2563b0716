package de.lotse.organisation;

/** A counselling centre as the administrator typed it, before it is checked; kept as typed for the form. */
public record CentreDraft(String name, String provider, String kind, String email, String phone, String address) {

    public static CentreDraft empty() {
        return new CentreDraft("", "", "", "", "", "");
    }
}
