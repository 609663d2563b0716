package de.lotse.runtime;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Defaults of the embedded default, added with the lowest precedence so that any setting overrides them.
 *
 * <p>Demo data for Hamburg is switched on. Nobody sets {@code lotse.secret-key} on a laptop, yet status links must
 * survive a restart: the key is generated once and kept beside the embedded database, never in the repository.
 * With an external database none of this applies; production sets its key from the environment.
 */
class EmbeddedDefaultProperties implements EnvironmentPostProcessor {

    static final String SECRET_KEY = "lotse.secret-key";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("lotse.demo-data.enabled", "true");
        if (!StringUtils.hasText(environment.getProperty(SECRET_KEY))) {
            Path keyFile = Path.of(environment.getProperty("lotse.data-dir", "./data")).resolve("secret-key");
            defaults.put(SECRET_KEY, PrivateFile.readOrCreate(keyFile, 32));
        }
        environment.getPropertySources().addLast(new MapPropertySource("lotseEmbeddedDefaults", defaults));
    }
}
