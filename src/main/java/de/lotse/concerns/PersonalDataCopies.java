package de.lotse.concerns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.lotse.organisation.Site;
import de.lotse.organisation.Sites;
import de.lotse.privacy.AccessLog;
import de.lotse.privacy.PersonalDataRead;

/**
 * Puts together the citizen's copy of a concern: what they told, the messages both ways, the callback booked, who in
 * the Jobcenter read it (by role, not by name: Art. 15(1)(c) GDPR asks for recipients, not staff's personal data),
 * and what the other modules keep.
 */
@Component
class PersonalDataCopies {

    private final Sites sites;
    private final CallbackSlots callbacks;
    private final AccessLog accessLog;
    private final List<PersonalDataCopy.Holder> holders;

    PersonalDataCopies(Sites sites, CallbackSlots callbacks, AccessLog accessLog, List<PersonalDataCopy.Holder> holders) {
        this.sites = sites;
        this.callbacks = callbacks;
        this.accessLog = accessLog;
        this.holders = holders;
    }

    PersonalDataCopy of(Concern concern) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("concern", concernData(concern));
        data.put("messages", concern.timeline().stream().filter(TimelineEntry::visibleToCitizen).map(PersonalDataCopies::entry)
                .toList());
        data.put("callback", callbacks.bookedFor(concern.id())
                .map(slot -> Map.of("from", slot.start().toString(), "to", slot.end().toString())).orElse(null));
        data.put("consents", List.of());
        data.put("reads", accessLog.readsOf(CitizenAccess.SUBJECT, concern.id().value()).stream()
                .map(PersonalDataCopies::read).toList());
        List<PersonalDataCopy.File> files = new ArrayList<>();
        for (PersonalDataCopy.Holder holder : holders) {
            data.put(holder.section(), holder.dataOf(concern.id()));
            files.addAll(holder.filesOf(concern.id()));
        }
        return new PersonalDataCopy(concern.reference(), data, files);
    }

    private Map<String, Object> concernData(Concern concern) {
        NewConcern content = concern.content();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reference", concern.reference().value());
        data.put("kind", concern.kind().name());
        data.put("urgency", concern.urgency().name());
        data.put("status", concern.status().name());
        data.put("receivedAt", concern.receivedAt().toString());
        data.put("closedAt", concern.closedAt().map(Object::toString).orElse(null));
        data.put("legalTopic", content.legalTopic().name());
        data.put("administrativeProblem", content.administrativeProblem().name());
        data.put("description", content.description());
        data.put("noticeDate", content.noticeDate().map(Object::toString).orElse(null));
        data.put("customerNumber", content.customerNumber().map(CustomerNumber::value).orElse(null));
        data.put("name", content.name().orElse(null));
        data.put("postcode", content.postcode().map(code -> code.value()).orElse(null));
        data.put("withoutFixedAddress", content.withoutFixedAddress());
        data.put("site", concern.site().flatMap(sites::byId).map(Site::name).orElse(null));
        data.put("contactChannel", content.contact().channel().name());
        data.put("email", content.contact().email().orElse(null));
        data.put("phone", content.contact().phone().orElse(null));
        data.put("preferredLanguage", content.preferredLanguage().code());
        data.put("outcome", concern.outcome().map(Enum::name).orElse(null));
        return data;
    }

    private static Map<String, Object> entry(TimelineEntry entry) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("at", entry.occurredAt().toString());
        data.put("type", entry.type().name());
        data.put("from", entry.type() == TimelineEntry.Type.CITIZEN_MESSAGE ? "you"
                : entry.actor().isPresent() ? "jobcenter" : "lotse");
        data.put("status", entry.status().map(Enum::name).orElse(null));
        data.put("text", entry.body().orElse(null));
        entry.translation().ifPresent(translation -> {
            data.put("translationLanguage", translation.language().code());
            data.put("translation", translation.text());
        });
        return data;
    }

    /** Who read, as a kind of recipient: the citizen's own link, a Jobcenter role, or one of Lotse's channels. */
    private static Map<String, Object> read(PersonalDataRead read) {
        String by;
        if (read.actor().startsWith(CitizenAccess.ACTOR)) {
            by = "you (status link)";
        } else if (read.actor().startsWith(CaseWork.STAFF_ACTOR)) {
            by = "Jobcenter staff" + (read.purpose().startsWith("case-work:")
                    ? " (" + read.purpose().substring("case-work:".length()) + ")" : "");
        } else if (read.actor().startsWith("channel:")) {
            by = "Lotse, to send a message by " + read.actor().substring("channel:".length());
        } else {
            by = "Lotse";
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("at", read.at().toString());
        data.put("by", by);
        data.put("purpose", read.purpose().startsWith("case-work:") ? "case-work" : read.purpose());
        return data;
    }
}
