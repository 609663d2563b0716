package de.lotse.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import de.lotse.organisation.StaffMember;
import de.lotse.staff.StaffFixtures;

/**
 * One headless browser for a test class, opened before its first test and closed after its last:
 * {@code @RegisterExtension static final OpenBrowser browser = new OpenBrowser();}.
 */
final class OpenBrowser implements BeforeAllCallback, AfterAllCallback {

    private WebDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        driver = Browser.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Logs in on the staff and partner login page, in a fresh session. */
    void logIn(String baseUrl, StaffMember member) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/anmelden?lang=de");
        driver.findElement(By.id("field-login")).sendKeys(member.login());
        driver.findElement(By.id("field-password")).sendKeys(StaffFixtures.PASSWORD);
        Browser.clickAndWait(driver, By.cssSelector("main button[type=submit]"));
    }
}
