package de.lotse.channels.email;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

import jakarta.mail.Session;

/**
 * Mail delivered straight to Lotse over SMTP, for a Jobcenter whose mail server forwards the concern mailbox here
 * instead of Lotse reading it over IMAP. Each message is taken in as if read from the mailbox, in one transaction,
 * and "250 OK" is said only after the commit: should anything fail before, the sending server hears "451, try again
 * later" and keeps the mail. Only the concern address (and its +tags) is accepted; other recipients get 550.
 *
 * <p>Off unless {@code lotse.channels.email.smtp-intake.port} is set (0: any free port, for tests); the embedded
 * default listens on 127.0.0.1:2526.
 */
@Component
class SmtpIntake implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SmtpIntake.class);

    private final EmailInbox inbox;
    private final String address;
    private final Integer port;
    private final String bindAddress;
    private final int maxMessageSize;
    private final Session session = Session.getInstance(new Properties());
    private volatile SMTPServer server;

    SmtpIntake(EmailInbox inbox, @Value("${lotse.channels.email.address:anliegen@jobcenter.lotse.test}") String address,
            @Value("${lotse.channels.email.smtp-intake.port:#{null}}") Integer port,
            org.springframework.beans.factory.ObjectProvider<com.icegreen.greenmail.util.GreenMail> embeddedMail,
            @Value("${lotse.embedded-mail.intake-port:2526}") int embeddedPort,
            @Value("${lotse.channels.email.smtp-intake.bind-address:127.0.0.1}") String bindAddress,
            @Value("${lotse.channels.email.max-message-size:26214400}") int maxMessageSize) {
        this.inbox = inbox;
        this.address = address.toLowerCase(Locale.ROOT);
        // On the embedded default (embedded mail server) it listens, so that mail can be tried out with no set-up.
        this.port = port != null ? port : embeddedMail.getIfAvailable() != null ? Integer.valueOf(embeddedPort) : null;
        this.bindAddress = bindAddress;
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    public synchronized void start() {
        if (port == null || port < 0) {
            return;
        }
        try {
            server = SMTPServer.port(port).bindAddress(InetAddress.getByName(bindAddress)).hostName("lotse")
                    .maxMessageSize(maxMessageSize).maxRecipients(20).maxConnections(50)
                    .messageHandlerFactory(this::handler).build();
        } catch (java.net.UnknownHostException unknown) {
            throw new IllegalStateException("Cannot bind the SMTP intake to " + bindAddress, unknown);
        }
        server.start();
        log.info("SMTP intake for {} listening on {}:{}", address, bindAddress, server.getPortAllocated());
    }

    /** The port it listens on, or -1 when it is off. */
    int port() {
        return server == null ? -1 : server.getPortAllocated();
    }

    private MessageHandler handler(MessageContext context) {
        return new MessageHandler() {
            @Override
            public void from(String from) {
                // any sender: citizens write from wherever they are
            }

            @Override
            public void recipient(String recipient) throws RejectException {
                String normalised = recipient.toLowerCase(Locale.ROOT).replaceAll("\\+[^@]*@", "@");
                if (!normalised.equals(address)) {
                    throw new RejectException(550, "5.1.1 <" + recipient + ">: no such mailbox here");
                }
            }

            @Override
            public String data(InputStream data) throws RejectException, IOException {
                byte[] raw = data.readAllBytes();
                try {
                    inbox.take(session, raw);
                    return null;
                } catch (RuntimeException failed) {
                    log.warn("SMTP intake could not take a message in; the sender will try again: {}", failed.toString());
                    throw new RejectException(451, "4.3.0 please try again later");
                }
            }

            @Override
            public void done() {
                // nothing held
            }
        };
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** Starts after the database and stops before it, like the web server. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}
