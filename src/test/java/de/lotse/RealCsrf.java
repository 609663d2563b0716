package de.lotse;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

/**
 * A CSRF token as a browser gets it: cookie and form field from a real page. Spring Security's test helper
 * {@code csrf()} would swap the application's token repository for a session-based one, for every later request
 * of the shared test context too; this keeps the real one in place.
 */
public final class RealCsrf {

    private static final Pattern FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private RealCsrf() {
    }

    public static RequestPostProcessor from(MockMvc mvc) throws Exception {
        MvcResult page = mvc.perform(get("/anliegen/neu")).andReturn();
        Cookie cookie = page.getResponse().getCookie("lotse-csrf");
        Matcher field = FIELD.matcher(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
        if (cookie == null || !field.find()) {
            throw new IllegalStateException("The form page carries no CSRF token");
        }
        String token = field.group(1);
        return request -> {
            request.setCookies(cookie);
            request.setParameter("_csrf", token);
            return request;
        };
    }
}
