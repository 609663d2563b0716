package de.lotse.runtime;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Decides which parts of the embedded default run: each external setting switches its embedded counterpart off. */
final class EmbeddedDefault {

    private EmbeddedDefault() {
    }

    static final class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }

    /**
     * The embedded mail server runs on the embedded default only, or when asked for: an installation on an external
     * database without {@code spring.mail.host} must not swallow citizens' mail silently.
     */
    static final class NoExternalMailServer implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var environment = context.getEnvironment();
            boolean embeddedDefault = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
            return !StringUtils.hasText(environment.getProperty("spring.mail.host"))
                    && environment.getProperty("lotse.embedded-mail.enabled", Boolean.class, embeddedDefault);
        }
    }
}
