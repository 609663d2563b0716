package de.lotse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lotse.IntegrationTest;
import de.lotse.concerns.CaseWork;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.Receipt;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/**
 * The glossary in a real browser: reached from the footer, a word's anchor jumps to its explanation, and axe-core
 * finds nothing, in German, Leichte Sprache and English. A translated reply on the status page opens its original
 * without JavaScript's help.
 */
@IntegrationTest
class GlossaryBrowserTest {

    @RegisterExtension
    static final OpenBrowser browser = new OpenBrowser();

    @LocalServerPort int port;
    @Autowired ConcernIntake intake;
    @Autowired CaseWork caseWork;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;

    @Test
    void a_citizen_finds_the_words_explained_from_any_page_in_her_language() {
        WebDriver driver = browser.driver();
        for (String language : new String[] { "de", "de-LS", "en" }) {
            driver.get("http://localhost:" + port + "/?lang=" + language);
            Browser.clickAndWait(driver, By.cssSelector("footer a[href='/woerter']"));
            assertThat(driver.findElements(By.cssSelector("dl.glossary > dt"))).hasSizeGreaterThanOrEqualTo(15);
            Browser.assertAccessible(driver, "glossary (" + language + ")");

            driver.findElement(By.cssSelector("a[href='#widerspruch']")).click();
            assertThat(driver.getCurrentUrl()).endsWith("#widerspruch");
            assertThat(driver.findElement(By.id("widerspruch")).getText()).contains("Widerspruch");
            assertThat(Browser.consoleErrors(driver)).isEmpty();
        }
    }

    @Test
    void a_translated_reply_shows_the_translation_and_opens_the_original_on_request() {
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "Коли буде розглянуто мою заяву?", null,
                null, null, "20095", false, "NONE", null, null, "uk", false), Optional.of(UUID.randomUUID().toString()));
        StaffMember agent = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
        caseWork.reply(agent, receipt.reference().value(),
                caseWork.open(agent, receipt.reference().value()).version(), "Wir melden uns bis Freitag.",
                "Ми зв'яжемося з вами до п'ятниці.");

        WebDriver driver = browser.driver();
        driver.get("http://localhost:" + port + "/status/" + receipt.secret().value() + "?lang=de");
        assertThat(driver.findElement(By.cssSelector("details.original")).getAttribute("open")).isNull();
        assertThat(driver.findElement(By.cssSelector("p[lang=uk]")).getText()).contains("до п'ятниці");
        Browser.assertAccessible(driver, "status page with a translated reply");
        driver.findElement(By.cssSelector("details.original summary")).click();
        assertThat(driver.findElement(By.cssSelector("details.original p")).getText())
                .isEqualTo("Wir melden uns bis Freitag.");
    }
}
