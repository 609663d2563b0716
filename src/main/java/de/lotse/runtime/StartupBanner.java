package de.lotse.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Says where Lotse can be opened, as the last line a person sees after starting it. */
@Component
class StartupBanner implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final String publicUrl;

    StartupBanner(@Value("${lotse.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        String url = StringUtils.hasText(publicUrl) ? publicUrl : "http://localhost:" + port;
        log.info("Lotse is ready: {}", url);
    }
}
