package de.lotse.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Without {@code spring.mail.host}, Lotse runs GreenMail on loopback so that e-mail works end to end on a laptop:
 * what Lotse sends can be read over IMAP with any mail client (login and password: the recipient's address).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDefault.NoExternalMailServer.class)
class EmbeddedMailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailConfiguration.class);

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail embeddedMailServer(@Value("${lotse.embedded-mail.smtp-port:2525}") int smtpPort,
            @Value("${lotse.embedded-mail.imap-port:2143}") int imapPort) {
        return new GreenMail(new ServerSetup[] {
                onLoopback(ServerSetup.PROTOCOL_SMTP, smtpPort),
                onLoopback(ServerSetup.PROTOCOL_IMAP, imapPort) });
    }

    @Bean
    JavaMailSender mailSender(GreenMail embeddedMailServer) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(embeddedMailServer.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        log.info("Embedded mail server: SMTP 127.0.0.1:{}, IMAP 127.0.0.1:{}", embeddedMailServer.getSmtp().getPort(),
                embeddedMailServer.getImap().getPort());
        return sender;
    }

    private static ServerSetup onLoopback(String protocol, int port) {
        ServerSetup setup = new ServerSetup(Math.max(port, 0), "127.0.0.1", protocol);
        return port <= 0 ? setup.dynamicPort() : setup;
    }
}
