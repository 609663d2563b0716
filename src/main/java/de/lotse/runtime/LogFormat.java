package de.lotse.runtime;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses how the console log is written, before the logging system starts: {@code LOTSE_LOG_FORMAT=json} (Elastic
 * Common Schema, one JSON object a line, for a log collector), {@code ecs}, {@code logstash} or {@code gelf}; unset or
 * {@code text}, the human-readable lines for a developer. Spring Boot's own
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE} works too and wins. Structured lines pass {@link PersonalDataRedaction}.
 */
class LogFormat implements EnvironmentPostProcessor {

    static final String STRUCTURED_FORMAT = "logging.structured.format.console";
    static final String CUSTOMIZER = "logging.structured.json.customizer";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String chosen = environment.getProperty("lotse.log-format", "text").strip().toLowerCase(Locale.ROOT);
        String format = switch (chosen) {
            case "json", "ecs" -> "ecs";
            case "logstash", "gelf" -> chosen;
            case "", "text" -> null;
            default -> throw new IllegalArgumentException(
                    "lotse.log-format must be text, json, ecs, logstash or gelf, not " + chosen);
        };
        Map<String, Object> settings = new java.util.HashMap<>();
        if (format != null && !StringUtils.hasText(environment.getProperty(STRUCTURED_FORMAT))) {
            settings.put(STRUCTURED_FORMAT, format);
        }
        if (!StringUtils.hasText(environment.getProperty(CUSTOMIZER))) {
            settings.put(CUSTOMIZER, PersonalDataRedaction.class.getName());
        }
        environment.getPropertySources().addLast(new MapPropertySource("lotseLogFormat", settings));
    }
}
