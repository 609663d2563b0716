package de.lotse.directline.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.lotse.deadlines.DeadlineAdvice;
import de.lotse.deadlines.DeadlineGuard;
import de.lotse.directline.Bescheid;
import de.lotse.directline.DirectLine.ReferralView;
import de.lotse.directline.ReferralEntry;
import de.lotse.organisation.Site;
import de.lotse.organisation.StaffId;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffMembers;
import de.lotse.web.PublicLinks;

/** Builds a referral's page for either side. */
@Component
class ReferralPages {

    private final DeadlineGuard deadlines;
    private final StaffMembers staff;
    private final PublicLinks links;

    ReferralPages(DeadlineGuard deadlines, StaffMembers staff, PublicLinks links) {
        this.deadlines = deadlines;
        this.staff = staff;
        this.links = links;
    }

    ReferralPageView page(ReferralView view, String base, FormState state, Map<String, String> typed, String noticeKey,
            List<Site> sites, boolean decides) {
        DeadlineAdvice deadline = view.referral().content().bescheid().map(this::advice).orElse(null);
        Map<String, String> authors = new HashMap<>();
        for (ReferralEntry entry : view.entries()) {
            authors.computeIfAbsent(entry.actor(), this::name);
        }
        String consentLink = view.consentSecret().map(secret -> links.to("/einwilligung/" + secret)).orElse(null);
        return new ReferralPageView(view, base, state, typed, noticeKey, deadline, authors, consentLink, sites, decides);
    }

    private DeadlineAdvice advice(Bescheid bescheid) {
        return deadlines.advice(bescheid.date(), bescheid.delivery(), bescheid.instruction(),
                java.time.LocalDate.now(de.lotse.calendar.HamburgCalendar.ZONE));
    }

    private String name(String actor) {
        if (!actor.startsWith("staff:")) {
            return "";
        }
        try {
            return staff.byId(new StaffId(UUID.fromString(actor.substring("staff:".length()))))
                    .map(StaffMember::displayName).orElse("");
        } catch (IllegalArgumentException notAnId) {
            return "";
        }
    }
}
