package de.lotse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on its embedded default: a real PostgreSQL in a fresh data directory (set by the build),
 * GreenMail on free ports, the Hamburg demo data, Tomcat on a free port. All tests with these settings share one
 * running context: a second one would start a second PostgreSQL on the same data directory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lotse.embedded-mail.smtp-port=0",
        "lotse.embedded-mail.imap-port=0",
        "lotse.status-link.failures-per-minute=10",
        "lotse.outbox.resubmit-every=5s",
        "spring.modulith.events.staleness.check-interval=5s",
        // Prometheus on the application port with this token (production: the management port, or LOTSE_METRICS_TOKEN).
        "lotse.metrics.token=test-metrics-token",
        // Tests read the concern mailbox themselves, when they have put mail in it.
        "lotse.channels.email.poll-interval=1h",
        "lotse.channels.email.smtp-intake.port=0",
        // Telegram on, against the fake Bot API the tests bring (de.lotse.channels.telegram.FakeTelegramBotApi).
        "lotse.channels.telegram.bot-token=123456:TEST-TOKEN",
        "lotse.channels.telegram.bot-username=LotseTestBot",
        "lotse.channels.telegram.webhook-secret=test-webhook-secret",
        "lotse.channels.telegram.api-url=http://127.0.0.1:${local.server.port}/api/fake-telegram",
        // WhatsApp on, against de.lotse.channels.whatsapp.FakeWhatsAppCloudApi.
        "lotse.channels.whatsapp.access-token=test-access-token",
        "lotse.channels.whatsapp.phone-number-id=106540352242922",
        "lotse.channels.whatsapp.number=+49 40 1234567",
        "lotse.channels.whatsapp.app-secret=test-app-secret",
        "lotse.channels.whatsapp.verify-token=test-verify-token",
        "lotse.channels.whatsapp.api-url=http://127.0.0.1:${local.server.port}/api/fake-whatsapp",
        // SMS on, against de.lotse.channels.sms.FakeSmsGateway (sipgate's contract).
        "lotse.channels.sms.api-url=http://127.0.0.1:${local.server.port}/api/fake-sipgate/v2",
        "lotse.channels.sms.token-id=token-id-1",
        "lotse.channels.sms.token=test-sms-token",
        "lotse.channels.sms.webhook-secret=test-sms-secret",
        // Matrix on, as an application service of de.lotse.channels.matrix.FakeMatrixHomeserver.
        "lotse.channels.matrix.homeserver-url=http://127.0.0.1:${local.server.port}/api/fake-matrix",
        "lotse.channels.matrix.access-token=test-as-token",
        "lotse.channels.matrix.hs-token=test-hs-token",
        "lotse.channels.matrix.user-id=@lotse:jobcenter.test",
        // Threema (Gateway, end-to-end mode) on, against de.lotse.channels.threema.FakeThreemaGateway. A key made for
        // the tests only; a real one comes from LOTSE_CHANNELS_THREEMA_PRIVATE_KEY and never into the repository.
        "lotse.channels.threema.gateway-id=*LOTSE01",
        "lotse.channels.threema.api-secret=test-threema-secret",
        "lotse.channels.threema.private-key=e7ac072df47ba3a306d4ca610a1ce4af5106c84ec03b8c49674bb1c64702fbba",
        "lotse.channels.threema.api-url=http://127.0.0.1:${local.server.port}/api/fake-threema",
        // Machine translation proposals on, against de.lotse.language.FakeLibreTranslate (LibreTranslate's contract).
        "lotse.translation.provider=libretranslate",
        "lotse.translation.libretranslate.url=http://127.0.0.1:${local.server.port}/api/fake-libretranslate" })
@AutoConfigureMockMvc
public @interface IntegrationTest {
}
