package de.lotse.insights;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.NotFound;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The quarterly report to the partners: the approved counselling centres and the further recipients an administrator
 * or quality management keeps get the last quarter's report (tagged PDF attached, the measures and their effect in the
 * text), once per quarter and address: each send is recorded under that key before it goes out.
 */
@Service
public class PartnerReports {

    /** A quarter's mailing as quality management sees it before and after sending. */
    public record Preview(Quarter quarter, String subject, String text, List<PartnerRecipient> recipients,
            List<ReportSend> sends) {
    }

    public record RecipientAdded(JobcenterId jobcenter, RecipientId recipient) {
    }

    public record RecipientRemoved(JobcenterId jobcenter, RecipientId recipient) {
    }

    public record PartnerReportSent(JobcenterId jobcenter, Quarter quarter, int mails) {
    }

    private static final Logger log = LoggerFactory.getLogger(PartnerReports.class);

    private final QuarterlyReports reports;
    private final ReportDocument document;
    private final PartnerRecipients extras;
    private final PartnerMailings mailings;
    private final CounsellingCentres centres;
    private final CurrentJobcenter jobcenter;
    private final ObjectProvider<JavaMailSender> mail;
    private final PartnerReportText text;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String sender;

    PartnerReports(QuarterlyReports reports, ReportDocument document, PartnerRecipients extras, PartnerMailings mailings,
            CounsellingCentres centres, CurrentJobcenter jobcenter, ObjectProvider<JavaMailSender> mail,
            MessageSource texts, ApplicationEventPublisher events, Clock clock,
            @Value("${lotse.mail.from:lotse@jobcenter.lotse.test}") String sender) {
        this.reports = reports;
        this.document = document;
        this.extras = extras;
        this.mailings = mailings;
        this.centres = centres;
        this.jobcenter = jobcenter;
        this.mail = mail;
        this.text = new PartnerReportText(texts);
        this.events = events;
        this.clock = clock;
        this.sender = sender;
    }

    public static boolean mayEditRecipients(StaffMember viewer) {
        return viewer.role() == StaffRole.ADMINISTRATOR || viewer.role() == StaffRole.QUALITY_MANAGEMENT;
    }

    public static boolean maySend(StaffMember viewer) {
        return viewer.role() == StaffRole.QUALITY_MANAGEMENT;
    }

    /** The quarter the partners get now: the last one that is over. */
    public Quarter due() {
        return Quarter.of(YearMonth.now(clock.withZone(HamburgCalendar.ZONE))).previous();
    }

    /** Approved centres first, then the further recipients; an address only once. */
    public List<PartnerRecipient> recipients(StaffMember viewer) {
        mayEdit(viewer);
        return recipients(viewer.jobcenter());
    }

    /** The further recipients, which can be removed. */
    public List<PartnerRecipient> furtherRecipients(StaffMember viewer) {
        mayEdit(viewer);
        return extras.of(viewer.jobcenter());
    }

    /** @throws de.lotse.concerns.InvalidDraft with every problem of the form */
    public RecipientId add(StaffMember viewer, RecipientDraft draft) {
        mayEdit(viewer);
        PartnerRecipient recipient = draft.check(recipients(viewer.jobcenter()));
        RecipientId id = extras.add(viewer.jobcenter(), recipient, viewer.id(), clock.instant());
        events.publishEvent(new RecipientAdded(viewer.jobcenter(), id));
        return id;
    }

    public void remove(StaffMember viewer, RecipientId id) {
        mayEdit(viewer);
        if (!extras.remove(viewer.jobcenter(), id)) {
            throw new NotFound("recipient");
        }
        events.publishEvent(new RecipientRemoved(viewer.jobcenter(), id));
    }

    /** The mail of the due quarter as it goes out, and to whom it went already. */
    public Preview preview(StaffMember viewer) {
        maySendOrThrow(viewer);
        Quarter quarter = due();
        ReportData report = reports.of(viewer.jobcenter(), quarter, false);
        return new Preview(quarter, text.subject(report), text.body(report), recipients(viewer.jobcenter()),
                mailings.of(viewer.jobcenter(), quarter));
    }

    /** Sends the due quarter now to everyone who has not had it; returns how many mails went out. */
    public int sendNow(StaffMember viewer) {
        maySendOrThrow(viewer);
        return send(viewer.jobcenter(), due());
    }

    /** The scheduled run: the Jobcenter's due quarter to everyone who has not had it. */
    int sendDue() {
        return send(jobcenter.get().id(), due());
    }

    /**
     * Records every recipient of the quarter (once), claims the unsent ones for this instance, and sends. A mail server
     * that refuses leaves the address to the next run. Runs without a transaction: each record commits on its own.
     */
    int send(JobcenterId owner, Quarter quarter) {
        JavaMailSender mailSender = mail.getIfAvailable();
        if (mailSender == null) {
            return 0;
        }
        mailings.record(owner, quarter, recipients(owner), clock.instant());
        List<PartnerRecipient> claimed = mailings.claim(owner, quarter, clock.instant());
        if (claimed.isEmpty()) {
            return 0;
        }
        ReportData report = reports.of(owner, quarter, true);
        byte[] pdf = document.pdf(report);
        int sent = 0;
        for (PartnerRecipient recipient : claimed) {
            try {
                mailSender.send(message(mailSender, recipient, report, pdf));
                mailings.sent(owner, quarter, recipient, clock.instant());
                sent++;
            } catch (MailException | MessagingException failed) {
                mailings.failed(owner, quarter, recipient, failed.getClass().getSimpleName());
                log.warn("Partner report {} not sent to one recipient: {}", quarter, failed.getMessage());
            }
        }
        events.publishEvent(new PartnerReportSent(owner, quarter, sent));
        log.info("Partner report {} sent in {} mail(s)", quarter, sent);
        return sent;
    }

    private MimeMessage message(JavaMailSender mailSender, PartnerRecipient recipient, ReportData report, byte[] pdf)
            throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
        helper.setFrom(sender);
        helper.setTo(recipient.email());
        helper.setSubject(text.subject(report));
        helper.setText(text.body(report));
        helper.addAttachment(PartnerReportText.attachmentName(report), new ByteArrayResource(pdf), "application/pdf");
        return message;
    }

    private List<PartnerRecipient> recipients(JobcenterId owner) {
        List<PartnerRecipient> all = new ArrayList<>();
        for (CounsellingCentre centre : centres.of(owner)) {
            if (centre.approved()) {
                add(all, new PartnerRecipient(Optional.empty(), centre.name(), centre.email()));
            }
        }
        extras.of(owner).forEach(recipient -> add(all, recipient));
        return all;
    }

    private static void add(List<PartnerRecipient> all, PartnerRecipient recipient) {
        if (all.stream().noneMatch(other -> other.key().equals(recipient.key()))) {
            all.add(recipient);
        }
    }

    private static void mayEdit(StaffMember viewer) {
        if (!mayEditRecipients(viewer)) {
            throw new NotAllowed("the partner report's recipients are for administrators and quality management");
        }
    }

    private static void maySendOrThrow(StaffMember viewer) {
        if (!maySend(viewer)) {
            throw new NotAllowed("sending the partner report is for quality management");
        }
    }
}
