package de.lotse.concerns.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

import de.lotse.concerns.ConcernKind;
import de.lotse.concerns.ConcernStatus;
import de.lotse.concerns.Inbox;
import de.lotse.concerns.InboxFilter;
import de.lotse.concerns.InboxRow;
import de.lotse.concerns.LegalTopic;
import de.lotse.concerns.Urgency;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffId;
import de.lotse.organisation.StaffMember;

/** The inbox as the template shows it. */
public record InboxView(StaffMember viewer, Inbox inbox, Map<SiteId, String> siteNames,
        Map<StaffId, String> colleagueNames) {

    public String assigneeOf(InboxRow row) {
        return row.assignee().map(id -> colleagueNames.getOrDefault(id, "–")).orElse("–");
    }

    public List<InboxFilter.Queue> queues() {
        return List.of(InboxFilter.Queue.values());
    }

    public String siteOf(InboxRow row) {
        return row.site().map(siteNames::get).orElse("–");
    }

    public List<ConcernStatus> statuses() {
        return List.of(ConcernStatus.values());
    }

    public List<ConcernKind> kinds() {
        return List.of(ConcernKind.values());
    }

    public List<Urgency> urgencies() {
        return List.of(Urgency.values());
    }

    public List<LegalTopic> legalTopics() {
        return List.of(LegalTopic.values());
    }

    /** The viewer's own sites, by name, for the site filter. */
    public List<Map.Entry<SiteId, String>> viewerSites() {
        return viewer.sites().stream().map(site -> Map.entry(site, siteNames.getOrDefault(site, "–")))
                .sorted(Map.Entry.comparingByValue()).toList();
    }

    public boolean choseSite(SiteId site) {
        return inbox.filter().site().map(site::equals).orElse(false);
    }

    public String search() {
        return inbox.filter().search().orElse("");
    }

    public boolean chose(Optional<? extends Enum<?>> chosen, Enum<?> value) {
        return chosen.map(value::equals).orElse(false);
    }

    public String caseLink(InboxRow row) {
        return "/arbeit/anliegen/" + row.reference().value();
    }

    /** The same filter on another page. */
    public String pageLink(int page) {
        var filter = inbox.filter();
        var link = UriComponentsBuilder.fromPath("/arbeit");
        filter.status().ifPresent(status -> link.queryParam("status", status.name()));
        filter.kind().ifPresent(kind -> link.queryParam("art", kind.name()));
        filter.urgency().ifPresent(urgency -> link.queryParam("dringlichkeit", urgency.name()));
        filter.legalTopic().ifPresent(topic -> link.queryParam("thema", topic.name()));
        filter.site().ifPresent(site -> link.queryParam("standort", site.value()));
        filter.search().ifPresent(search -> link.queryParam("suche", search));
        if (filter.queue() != InboxFilter.Queue.ALL) {
            link.queryParam("zustaendig", filter.queue().name());
        }
        if (filter.overdueOnly()) {
            link.queryParam("ueberfaellig", "true");
        }
        if (filter.dueBy().isPresent()) {
            link.queryParam("heute", "true");
        }
        return link.queryParam("seite", page).encode().build().toUriString();
    }
}
