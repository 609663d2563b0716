package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import de.lotse.IntegrationTest;
import jakarta.mail.internet.MimeMessage;

/** An existential concern alerts the site's on-duty mailbox at once, through the real (embedded) mail server. */
@IntegrationTest
class ExistentialAlarmIntegrationTest {

    @Autowired ConcernIntake intake;
    @Autowired GreenMail mailServer;

    private Optional<MimeMessage> alarmFor(Reference reference) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            // Only the mail to a duty mailbox: the citizen gets an acknowledgement naming the reference too.
            Optional<MimeMessage> found = Arrays.stream(mailServer.getReceivedMessages())
                    .filter(message -> GreenMailUtil.getHeaders(message).contains(reference.value()))
                    .filter(message -> GreenMailUtil.getHeaders(message).contains("bereitschaft-")).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    @Test
    void the_duty_mailbox_of_the_site_hears_of_an_existential_concern_without_personal_data() throws Exception {
        Receipt receipt = intake.submit(new ConcernDraft("BENEFIT_CONFLICT", null, null, "Strom wird morgen gesperrt.",
                null, "123A456789", "Erika Mustermann", "20095", false, "EMAIL", "erika@example.org", null, "de", true),
                Optional.of(UUID.randomUUID().toString()));

        MimeMessage alarm = alarmFor(receipt.reference()).orElseThrow();
        assertThat(alarm.getAllRecipients()[0].toString()).isEqualTo("bereitschaft-mitte@jobcenter.lotse.test");
        String body = GreenMailUtil.getBody(alarm);
        assertThat(body).contains("/arbeit/anliegen/" + receipt.reference().value())
                .doesNotContain("Erika", "123A456789", "erika@example.org", "Strom");
    }

    @Test
    void a_normal_concern_alerts_nobody() throws Exception {
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "Wann kommt das Geld?", null, null, null,
                "20095", false, "NONE", null, null, "de", false), Optional.of(UUID.randomUUID().toString()));

        Thread.sleep(1500);
        assertThat(Arrays.stream(mailServer.getReceivedMessages())
                .filter(message -> GreenMailUtil.getHeaders(message).contains(receipt.reference().value()))).isEmpty();
    }
}
