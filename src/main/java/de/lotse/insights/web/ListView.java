package de.lotse.insights.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import de.lotse.insights.DrillDown;
import de.lotse.insights.InsightScope;
import de.lotse.organisation.Site;
import de.lotse.organisation.StaffMember;

/** The pseudonymised list behind a dashboard figure. */
public record ListView(StaffMember viewer, InsightScope scope, DrillDown.Listing listing, Optional<String> problem,
        List<Site> sites) {

    public String site(Optional<String> key) {
        return key.flatMap(id -> sites.stream().filter(site -> site.id().value().toString().equals(id)).findFirst())
                .map(Site::name).orElse("–");
    }

    public String days(OptionalDouble days) {
        return days.isPresent() ? String.format(Locale.GERMAN, "%.1f", days.getAsDouble()) : "–";
    }

    public String back() {
        StringBuilder query = new StringBuilder("/arbeit/einblicke?von=" + scope.from() + "&bis=" + scope.to());
        if (scope.sites().size() == 1) {
            query.append("&standort=").append(scope.sites().iterator().next().value());
        }
        scope.legalTopic().ifPresent(topic -> query.append("&thema=").append(topic));
        return query.toString();
    }
}
