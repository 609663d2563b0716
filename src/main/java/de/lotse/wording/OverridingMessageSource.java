package de.lotse.wording;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.support.AbstractMessageSource;

import de.lotse.organisation.JobcenterId;

/**
 * The message bundles with a Jobcenter's overrides in front: an override wins, everything else comes from the shipped
 * bundles (the parent), with their fallbacks. Formats as the bundles do: a text without arguments as it is written,
 * one with arguments through {@link MessageFormat}.
 */
final class OverridingMessageSource extends AbstractMessageSource {

    private final Supplier<Optional<JobcenterId>> jobcenter;
    private final Supplier<OverrideCache> overrides;

    OverridingMessageSource(MessageSource shipped, Supplier<Optional<JobcenterId>> jobcenter,
            Supplier<OverrideCache> overrides) {
        this.jobcenter = jobcenter;
        this.overrides = overrides;
        setParentMessageSource(shipped);
        setAlwaysUseMessageFormat(false);
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        return override(code, locale).orElse(null);
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        return override(code, locale).map(text -> createMessageFormat(text, locale)).orElse(null);
    }

    private Optional<String> override(String code, Locale locale) {
        return jobcenter.get().flatMap(id -> overrides.get().text(id, code, locale == null ? Locale.GERMAN : locale));
    }
}
