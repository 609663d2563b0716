package de.lotse.wording;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;

import de.lotse.organisation.JobcenterId;

/**
 * Puts the Jobcenters' overrides in front of the application's message source, so that every page, mail and messenger
 * text that asks the message source gets them, without the web module knowing of this one. The overrides' beans are
 * fetched on first use: a post-processor must not pull the database into the context's early start.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceDecoration {

    @Bean
    static BeanPostProcessor overridesInFrontOfBundles(ObjectProvider<WordingTenant> tenant,
            ObjectProvider<OverrideCache> overrides) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(name) && bean instanceof MessageSource shipped
                        && !(bean instanceof OverridingMessageSource)) {
                    return new OverridingMessageSource(shipped, () -> current(tenant), overrides::getObject);
                }
                return bean;
            }
        };
    }

    private static Optional<JobcenterId> current(ObjectProvider<WordingTenant> tenant) {
        WordingTenant available = tenant.getIfAvailable();
        return available == null ? Optional.empty() : available.current();
    }
}
