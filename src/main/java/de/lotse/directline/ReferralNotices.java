package de.lotse.directline;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lotse.concerns.Reference;
import de.lotse.organisation.CentreId;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.Sites;

/**
 * Tells each side by e-mail that something happened on a referral: the site's duty mailbox of a new case, a
 * counsellor's message or an escalation; the centre's mailbox of an answer, a settlement or an escalation. The mails
 * carry the reference and a link, never the client's data; they leave through the event outbox, after the commit.
 */
@Component
class ReferralNotices {

    private static final Logger log = LoggerFactory.getLogger(ReferralNotices.class);

    private final Sites sites;
    private final CounsellingCentres centres;
    private final ObjectProvider<JavaMailSender> mail;
    private final String publicUrl;
    private final String sender;

    ReferralNotices(Sites sites, CounsellingCentres centres, ObjectProvider<JavaMailSender> mail,
            @Value("${lotse.public-url:}") String publicUrl, @Value("${lotse.mail.from:lotse@jobcenter.lotse.test}") String sender) {
        this.sites = sites;
        this.centres = centres;
        this.mail = mail;
        this.publicUrl = publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
        this.sender = sender;
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.ReferralOpened opened) {
        String urgent = opened.urgency() == de.lotse.concerns.Urgency.EXISTENTIAL ? "Notlage – heute: " : "";
        toSite(opened.site(), urgent + "Neuer Klärungsfall " + opened.reference(),
                "Eine Beratungsstelle hat mit Einwilligung der Person einen Klärungsfall an die Standortleitung gegeben.",
                opened.reference());
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.CentreWrote wrote) {
        toSite(wrote.site(), "Klärungsfall " + wrote.reference() + ": Nachricht der Beratungsstelle",
                "Die Beratungsstelle hat im Klärungsfall geschrieben.", wrote.reference());
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.JobcenterWrote wrote) {
        toCentre(wrote.centre(), "Klärungsfall " + wrote.reference() + ": Antwort des Jobcenters",
                "Das Jobcenter hat im Klärungsfall geantwortet.", wrote.reference());
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.ReferralEscalated escalated) {
        String level = switch (escalated.level()) {
            case SITE -> "Standortleitung";
            case AREA -> "Bereichsleitung";
            case EXECUTIVE -> "Geschäftsführung";
        };
        String why = escalated.automatic() ? "weil die Frist der vorigen Ebene abgelaufen ist"
                : "auf Wunsch der Beratungsstelle";
        String text = "Der Klärungsfall liegt jetzt bei der " + level + " (" + why + ").";
        toSite(escalated.site(), "Klärungsfall " + escalated.reference() + " eskaliert: " + level, text,
                escalated.reference());
        toCentre(escalated.centre(), "Klärungsfall " + escalated.reference() + " eskaliert: " + level, text,
                escalated.reference());
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.ReferralRerouted rerouted) {
        toSite(Optional.of(rerouted.to()), "Klärungsfall " + rerouted.reference() + " an Ihren Standort abgegeben",
                "Ein anderer Standort hat den Klärungsfall an Sie abgegeben.", rerouted.reference());
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.ReferralResolved resolved) {
        toCentre(resolved.centre(), "Klärungsfall " + resolved.reference() + ": Ergebnis",
                "Das Jobcenter hat den Klärungsfall abgeschlossen.", resolved.reference());
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.ConsentWithdrawn withdrawn) {
        String text = "Die Person hat ihre Einwilligung widerrufen. Der Klärungsfall ist beendet; er ist für beide Seiten"
                + " nicht mehr einsehbar.";
        toSite(withdrawn.site(), "Klärungsfall " + withdrawn.reference() + ": Einwilligung widerrufen", text, null);
        toCentre(withdrawn.centre(), "Klärungsfall " + withdrawn.reference() + ": Einwilligung widerrufen", text, null);
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.ReferralOverdueAtTop overdue) {
        log.warn("Referral {} is overdue at the executive management", overdue.reference());
        toCentre(overdue.centre(), "Klärungsfall " + overdue.reference() + ": Frist der Geschäftsführung überschritten",
                "Auch die Frist der Geschäftsführung ist abgelaufen. Bitte prüfen Sie den formalen Weg.",
                overdue.reference());
    }

    private void toSite(Optional<SiteId> site, String subject, String text, Reference reference) {
        Optional<String> duty = site.flatMap(sites::dutyEmail);
        if (duty.isEmpty()) {
            log.warn("Referral notice '{}' has no site duty mailbox to go to", subject);
            return;
        }
        send(duty.get(), subject, text, reference == null ? null : publicUrl + "/arbeit/klaerung/" + reference.value());
    }

    private void toCentre(CentreId centre, String subject, String text, Reference reference) {
        centres.byId(centre).map(CounsellingCentre::email).ifPresent(address -> send(address, subject, text,
                reference == null ? null : publicUrl + "/partner/klaerungsfaelle/" + reference.value()));
    }

    private void send(String to, String subject, String text, String link) {
        JavaMailSender mailSender = mail.getIfAvailable();
        if (mailSender == null) {
            log.warn("No mail server for the referral notice '{}'", subject);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(sender);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text + (link == null ? "" : "\n\n" + link) + "\n\nDiese Nachricht enthält absichtlich keine"
                + " persönlichen Daten.\n");
        mailSender.send(message);
    }
}
