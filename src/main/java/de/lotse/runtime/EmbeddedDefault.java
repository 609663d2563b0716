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

    static final class NoExternalMailServer implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var environment = context.getEnvironment();
            return !StringUtils.hasText(environment.getProperty("spring.mail.host"))
                    && environment.getProperty("lotse.embedded-mail.enabled", Boolean.class, true);
        }
    }
}
