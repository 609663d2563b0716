package de.lotse.concerns;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lotse.concerns.ConcernEvents.ConcernReceived;
import de.lotse.organisation.Sites;

/**
 * Tells a site's on-duty staff at once when a concern is existential, by e-mail to the site's duty mailbox. The mail
 * carries the reference and a link, never the citizen's data. It runs after the concern is committed, from the event
 * outbox, so a mail server that is down delays the alarm but never loses the concern (or the alarm: Modulith
 * resubmits incomplete publications on restart).
 */
@Component
class ExistentialAlarm {

    private static final Logger log = LoggerFactory.getLogger(ExistentialAlarm.class);

    private final Sites sites;
    private final ObjectProvider<JavaMailSender> mail;
    private final String publicUrl;
    private final String sender;

    ExistentialAlarm(Sites sites, ObjectProvider<JavaMailSender> mail, @Value("${lotse.public-url:}") String publicUrl,
            @Value("${lotse.mail.from:lotse@jobcenter.lotse.test}") String sender) {
        this.sites = sites;
        this.mail = mail;
        this.publicUrl = publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
        this.sender = sender;
    }

    @ApplicationModuleListener
    void on(ConcernReceived received) {
        if (received.urgency() != Urgency.EXISTENTIAL || received.site().isEmpty()) {
            return;
        }
        var dutyEmail = sites.dutyEmail(received.site().get());
        JavaMailSender mailSender = mail.getIfAvailable();
        if (dutyEmail.isEmpty() || mailSender == null) {
            log.warn("Existential concern {} has no duty mailbox or mail server to alert", received.reference());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(sender);
        message.setTo(dutyEmail.get());
        message.setSubject("Notlage: " + received.reference() + " heute bearbeiten");
        message.setText("""
                Ein Anliegen mit existenzieller Notlage ist eingegangen (kein Geld, Zahlung gestoppt, Räumung oder
                Energiesperre). Bitte noch heute bearbeiten:

                %s/arbeit/anliegen/%s

                Diese Nachricht enthält absichtlich keine persönlichen Daten.
                """.formatted(publicUrl, received.reference()));
        mailSender.send(message);
        log.info("Existential concern {}: duty mailbox alerted", received.reference());
    }
}
