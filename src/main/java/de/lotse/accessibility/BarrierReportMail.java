package de.lotse.accessibility;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lotse.accessibility.BarrierReports.BarrierReported;

/**
 * Forwards a reported barrier to the Jobcenter's mailbox for accessibility, from the outbox after the report is
 * committed: a mail server that is down delays the mail, never loses the report. Sent once (marked forwarded); a
 * reply goes straight to the person when they gave an address.
 */
@Component
class BarrierReportMail {

    private static final Logger log = LoggerFactory.getLogger(BarrierReportMail.class);

    private final BarrierReports reports;
    private final ObjectProvider<JavaMailSender> mail;
    private final String mailbox;
    private final String sender;

    BarrierReportMail(BarrierReports reports, ObjectProvider<JavaMailSender> mail,
            @Value("${lotse.accessibility.feedback-mailbox:barrierefreiheit@jobcenter.lotse.test}") String mailbox,
            @Value("${lotse.mail.from:lotse@jobcenter.lotse.test}") String sender) {
        this.reports = reports;
        this.mail = mail;
        this.mailbox = mailbox;
        this.sender = sender;
    }

    @ApplicationModuleListener
    void on(BarrierReported reported) {
        JavaMailSender mailSender = mail.getIfAvailable();
        if (mailSender == null) {
            throw new IllegalStateException("No mail server for the accessibility feedback; the outbox tries again");
        }
        reports.unforwarded(reported.report()).ifPresent(report -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(sender);
            message.setTo(mailbox);
            report.email().ifPresent(message::setReplyTo);
            message.setSubject("Barriere gemeldet (Lotse, Erklärung zur Barrierefreiheit)");
            message.setText("""
                    Über die Erklärung zur Barrierefreiheit wurde eine Barriere gemeldet.

                    Seite: %s
                    Name: %s
                    E-Mail: %s
                    Sprache der Seite: %s

                    %s
                    """.formatted(report.page().orElse("–"), report.name().orElse("–"), report.email().orElse("–"),
                    report.language(), report.message()));
            mailSender.send(message);
            reports.forwarded(report.id());
            log.info("Accessibility feedback {} forwarded", report.id());
        });
    }
}
