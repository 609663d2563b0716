package de.lotse.directory.editing;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import de.lotse.directory.DirectorySnapshot;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;

/**
 * What follows a step of partner editing: the public directory is loaded again once a change is published or an entry
 * confirmed (right after the commit, so the next search shows it); the coordinator's mailbox hears of a new proposal,
 * the proposing centre's mailbox of its publication or rejection (with the reason). Mails leave through the event
 * outbox, after the commit.
 */
@Component
class ChangeNotices {

    private static final Logger log = LoggerFactory.getLogger(ChangeNotices.class);

    private final DirectorySnapshot snapshot;
    private final CounsellingCentres centres;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource texts;
    private final String publicUrl;
    private final String sender;
    private final String coordinator;

    ChangeNotices(DirectorySnapshot snapshot, CounsellingCentres centres, ObjectProvider<JavaMailSender> mail,
            MessageSource texts, @Value("${lotse.public-url:}") String publicUrl,
            @Value("${lotse.mail.from:lotse@jobcenter.lotse.test}") String sender,
            @Value("${lotse.directory.coordinator-email:verzeichnis@jobcenter.lotse.test}") String coordinator) {
        this.snapshot = snapshot;
        this.centres = centres;
        this.mail = mail;
        this.texts = texts;
        this.publicUrl = publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
        this.sender = sender;
        this.coordinator = coordinator;
    }

    @TransactionalEventListener
    void refresh(DirectoryChange.Published published) {
        snapshot.refresh();
    }

    @TransactionalEventListener
    void refresh(DirectoryEditing.EntryVerified verified) {
        snapshot.refresh();
    }

    @ApplicationModuleListener
    void on(DirectoryChange.Proposed proposed) {
        send(coordinator, "proposed", proposed.serviceName(), "",
                publicUrl + "/arbeit/verwaltung/verzeichnis/aenderungen/" + proposed.change().value());
    }

    @ApplicationModuleListener
    void on(DirectoryChange.Published published) {
        published.proposerCentre().flatMap(centres::byId).map(CounsellingCentre::email)
                .ifPresent(address -> send(address, "published", published.serviceName(), "",
                        publicUrl + "/partner/verzeichnis/" + published.service() + "/verlauf"));
    }

    @ApplicationModuleListener
    void on(DirectoryChange.Rejected rejected) {
        rejected.proposerCentre().flatMap(centres::byId).map(CounsellingCentre::email)
                .ifPresent(address -> send(address, "rejected", rejected.serviceName(), "\n\n» " + rejected.reason(),
                        publicUrl + "/partner/verzeichnis/" + rejected.service() + "/verlauf"));
    }

    /** The notice in German (the working language of both sides), from the message bundle. */
    private void send(String to, String key, String serviceName, String detail, String link) {
        JavaMailSender mailSender = mail.getIfAvailable();
        if (mailSender == null) {
            log.warn("No mail server for the directory notice '{}' about {}", key, serviceName);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(sender);
        message.setTo(to);
        message.setSubject(texts.getMessage("staff.notice.directory." + key + ".subject", new Object[] { serviceName },
                Locale.GERMAN));
        message.setText(texts.getMessage("staff.notice.directory." + key + ".text", null, Locale.GERMAN) + detail
                + "\n\n" + link + "\n");
        mailSender.send(message);
    }
}
