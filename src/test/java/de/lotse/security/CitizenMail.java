package de.lotse.security;

import java.lang.reflect.Method;
import java.util.Properties;

import org.springframework.context.ApplicationContext;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** Mail to the concern mailbox over Lotse's own SMTP intake, as a citizen's mail server delivers it. */
final class CitizenMail {

    private final int port;

    CitizenMail(ApplicationContext context) {
        // The intake is its module's own business (package-private); its port is what a mail server would be told.
        try {
            Object intake = context.getBean("smtpIntake");
            Method port = intake.getClass().getDeclaredMethod("port");
            port.setAccessible(true);
            this.port = (int) port.invoke(intake);
        } catch (ReflectiveOperationException notThere) {
            throw new IllegalStateException("No SMTP intake in the test app", notThere);
        }
    }

    /** Sends a mail with a plain body, or with these parts when there are some. */
    void send(String from, String subject, String text, MimeMultipart parts) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("anliegen@jobcenter.lotse.test"));
        message.setSubject(subject, "UTF-8");
        if (parts == null) {
            message.setText(text, "UTF-8");
        } else {
            message.setContent(parts);
        }
        Transport.send(message);
    }
}
