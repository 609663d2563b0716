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
    private final org.springframework.context.MessageSource texts;

    ReferralNotices(Sites sites, CounsellingCentres centres, ObjectProvider<JavaMailSender> mail,
            org.springframework.context.MessageSource texts,
            @Value("${lotse.public-url:}") String publicUrl, @Value("${lotse.mail.from:lotse@jobcenter.lotse.test}") String sender) {
        this.sites = sites;
        this.texts = texts;
        this.centres = centres;
        this.mail = mail;
        this.publicUrl = publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
        this.sender = sender;
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.ReferralOpened opened) {
        String key = opened.urgency() == de.lotse.concerns.Urgency.EXISTENTIAL ? "opened.existential" : "opened";
        toSite(opened.site(), key, opened.reference(), true);
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.CentreWrote wrote) {
        toSite(wrote.site(), "centreWrote", wrote.reference(), true);
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.JobcenterWrote wrote) {
        toCentre(wrote.centre(), "jobcenterWrote", wrote.reference(), true);
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.ReferralEscalated escalated) {
        String key = "escalated." + escalated.level().name() + (escalated.automatic() ? ".automatic" : "");
        toSite(escalated.site(), key, escalated.reference(), true);
        toCentre(escalated.centre(), key, escalated.reference(), true);
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.ReferralRerouted rerouted) {
        toSite(Optional.of(rerouted.to()), "rerouted", rerouted.reference(), true);
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.ReferralResolved resolved) {
        toCentre(resolved.centre(), "resolved", resolved.reference(), true);
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.ConsentWithdrawn withdrawn) {
        // No link: the case cannot be opened any more.
        toSite(withdrawn.site(), "withdrawn", withdrawn.reference(), false);
        toCentre(withdrawn.centre(), "withdrawn", withdrawn.reference(), false);
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.ReferralOverdueAtTop overdue) {
        log.warn("Referral {} is overdue at the executive management", overdue.reference());
        toCentre(overdue.centre(), "overdueAtTop", overdue.reference(), true);
    }

    @ApplicationModuleListener
    void on(DirectLineEvents.ReferralDeadlineNearing nearing) {
        toCentre(nearing.centre(), "deadline", nearing.reference(), true);
        nearing.site().ifPresent(site -> toSite(Optional.of(site), "deadline", nearing.reference(), true));
    }

    private void toSite(Optional<SiteId> site, String key, Reference reference, boolean withLink) {
        Optional<String> duty = site.flatMap(sites::dutyEmail);
        if (duty.isEmpty()) {
            log.warn("Referral notice '{}' for {} has no site duty mailbox to go to", key, reference);
            return;
        }
        send(duty.get(), key, reference, withLink ? publicUrl + "/arbeit/klaerung/" + reference.value() : null);
    }

    private void toCentre(CentreId centre, String key, Reference reference, boolean withLink) {
        centres.byId(centre).map(CounsellingCentre::email).ifPresent(address -> send(address, key, reference,
                withLink ? publicUrl + "/partner/klaerungsfaelle/" + reference.value() : null));
    }

    /** The notice in German (the working language of both sides), from the message bundle. */
    private void send(String to, String key, Reference reference, String link) {
        java.util.Locale german = java.util.Locale.GERMAN;
        String subject = texts.getMessage("staff.notice.referral." + key + ".subject", new Object[] { reference.value() },
                german);
        String text = texts.getMessage("staff.notice.referral." + key + ".text", null, german)
                + (link == null ? "" : "\n\n" + link) + "\n\n" + texts.getMessage("staff.notice.noPersonalData", null, german)
                + "\n";
        JavaMailSender mailSender = mail.getIfAvailable();
        if (mailSender == null) {
            log.warn("No mail server for the referral notice '{}'", subject);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(sender);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        mailSender.send(message);
    }
}
