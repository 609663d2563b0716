package de.lotse.directline;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffMembers;

/**
 * Two demo referrals of the demo counselling centre on the embedded default, so that the direct line can be seen
 * at once: one waiting for the client's consent (its link is on the counsellor's page), one consented and answered
 * by the site management of Mitte. Made once, when the demo centre has none.
 */
@Component
@Order(3)
@ConditionalOnBooleanProperty("lotse.demo-data.enabled")
class DirectLineDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectLineDemo.class);

    private final DirectLine directLine;
    private final StaffMembers staff;
    private final ConsentLinks links;
    private final Referrals referrals;

    DirectLineDemo(DirectLine directLine, StaffMembers staff, ConsentLinks links, Referrals referrals) {
        this.directLine = directLine;
        this.staff = staff;
        this.links = links;
        this.referrals = referrals;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Optional<StaffMember> counsellor = account("beratung.existenz");
        Optional<StaffMember> siteManager = account("leitung.mitte");
        if (counsellor.isEmpty() || siteManager.isEmpty() || !directLine.ofCentre(counsellor.get()).isEmpty()) {
            return;
        }
        directLine.open(counsellor.get(), new ReferralDraft("INCOME_AND_ASSETS", "PAYMENTS_AND_PROCESSING_TIME",
                "Der Weiterbewilligungsantrag ist seit sieben Wochen nicht beschieden, die Zahlung ab dem 1. ist offen. "
                        + "(Demo)", "Vorläufige Bewilligung und Zahlung.", "Demo Person A", "20095", null, null, null,
                "POST", "UNKNOWN", true, true, null, false));
        var answered = directLine.open(counsellor.get(), new ReferralDraft("HOUSING_AND_HEATING", "HANDLING_OF_DOCUMENTS",
                "Die Mietbescheinigung wurde dreimal eingereicht und gilt als nicht eingegangen. (Demo)",
                "Die Kosten der Unterkunft werden ab Oktober gezahlt.", "Demo Person B", "20095", null,
                java.time.LocalDate.now(de.lotse.calendar.HamburgCalendar.ZONE).minusDays(20)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "Bewilligungsbescheid", "POST", "CORRECT", false, true, null, false));
        directLine.give(links.secretFor(referrals.byReference(answered).orElseThrow().id()), "Demo Person B", true);
        directLine.writeAsJobcenter(siteManager.get(), answered.value(), referrals.byReference(answered).orElseThrow().version(),
                "Die Bescheinigung ist gefunden; wir prüfen die Nachzahlung bis Freitag. (Demo)");
        log.info("Direct line demo: two referrals of the demo centre (log in as beratung.existenz or leitung.mitte)");
    }

    private Optional<StaffMember> account(String login) {
        return staff.accountByLogin(login).filter(StaffMembers.Account::active).map(StaffMembers.Account::member);
    }
}
