package de.lotse.directline.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.lotse.deadlines.DeadlineAdvice;
import de.lotse.directline.DirectLine.ReferralView;
import de.lotse.directline.EscalationLevel;
import de.lotse.directline.Referral;
import de.lotse.directline.ReferralEntry;
import de.lotse.directline.ReferralOutcome;
import de.lotse.directline.ReferralStatus;
import de.lotse.directline.RootCause;
import de.lotse.organisation.Site;

/**
 * One referral's page, for either side: the facts, the deadline, the thread as that side may read it, and the forms
 * with what was typed into them (kept when a form comes back).
 *
 * @param base        the address the forms post below ({@code /partner/klaerungsfaelle/KL-…} or {@code /arbeit/klaerung/KL-…})
 * @param typed       what was typed, by form field name
 * @param noticeKey   a message key to show at the top (a step that was not possible, a change meanwhile), or null
 * @param consentLink the client's consent link while it is unused (centre side only), or null
 * @param decides     whether the reader is the management of the level in charge (may settle, re-route)
 */
public record ReferralPageView(ReferralView view, String base, FormState state, Map<String, String> typed,
        String noticeKey, DeadlineAdvice deadline, Map<String, String> authors, String consentLink, List<Site> sites,
        boolean decides) {

    public Referral referral() {
        return view.referral();
    }

    public boolean centreSide() {
        return view.side() == ReferralEntry.Side.CENTRE;
    }

    public List<ReferralEntry> entries() {
        return view.entries();
    }

    public String typed(String field) {
        return typed.getOrDefault(field, "");
    }

    public String author(String actor) {
        return authors.getOrDefault(actor, "");
    }

    public String action(String step) {
        return base + "/" + step;
    }

    /** Messages can be written while the referral runs or after its settlement (to discuss it). */
    public boolean canWrite() {
        ReferralStatus status = referral().status();
        return status.running() || status == ReferralStatus.RESOLVED;
    }

    public boolean canEscalate() {
        ReferralStatus status = referral().status();
        return centreSide() && referral().level().next().isPresent()
                && (status.running() || status == ReferralStatus.RESOLVED);
    }

    public Optional<EscalationLevel> nextLevel() {
        return referral().level().next();
    }

    public boolean canSettle() {
        return !centreSide() && decides && referral().status().running();
    }

    public boolean canReroute() {
        return !centreSide() && decides && referral().status().running() && referral().level() == EscalationLevel.SITE;
    }

    public List<ReferralOutcome> outcomes() {
        return List.of(ReferralOutcome.values());
    }

    public List<RootCause> causes() {
        return List.of(RootCause.values());
    }
}
