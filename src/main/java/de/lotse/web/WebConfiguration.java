package de.lotse.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final LanguageSelection languageSelection = new LanguageSelection();

    /** German is the base bundle: any text missing in another language is shown in German, never as a key. */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.GERMAN);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        return languageSelection;
    }

    @Bean
    LanguageSelection languageSelection() {
        return languageSelection;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // The widget's language is a parameter of its address; it must not set the language cookie.
        registry.addInterceptor(languageSelection).excludePathPatterns(SecurityConfiguration.EMBEDDABLE);
    }
}
