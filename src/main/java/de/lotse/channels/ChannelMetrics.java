package de.lotse.channels;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lotse.channels.InboundMessages.Outcome;
import de.lotse.concerns.ConcernMetrics;
import de.lotse.runtime.CachedReading;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The channels as operations watch them: messages that came in per channel and what became of them, and the delivery
 * queue (replies, acknowledgements and notes still waiting to go out, per channel). Labels name channels and outcomes,
 * never a sender or recipient.
 */
@Component
class ChannelMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final ConcernMetrics concerns;
    private final CachedReading<Map<String, Long>> queued;
    private MeterRegistry registry;

    ChannelMetrics(JdbcClient jdbc, ConcernMetrics concerns, Clock clock,
            @Value("${lotse.metrics.max-age:15s}") Duration maxAge) {
        this.jdbc = jdbc;
        this.concerns = concerns;
        this.queued = new CachedReading<>(this::readQueued, null, maxAge, clock);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        for (Channel channel : Channel.values()) {
            Gauge.builder("lotse.deliveries.queued", queued,
                    reading -> reading.get() == null ? Double.NaN : reading.get().getOrDefault(channel.name(), 0L))
                    .description("Messages to citizens waiting to be sent or retried, by channel")
                    .tag("channel", tag(channel)).strongReference(true).register(registry);
        }
    }

    /** A message came in and was recorded with this outcome; a new concern also counts as received on its channel. */
    void inbound(Channel channel, Outcome outcome) {
        if (outcome == Outcome.NEW_CONCERN) {
            concerns.received(tag(channel));
        }
        if (registry != null) {
            Counter.builder("lotse.channel.messages.received").description("Messages that came in, by channel and outcome")
                    .tag("channel", tag(channel)).tag("outcome", outcome.name()).register(registry).increment();
        }
    }

    private static String tag(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }

    private Map<String, Long> readQueued() {
        return jdbc.sql("SELECT channel, count(*) AS n FROM channel_delivery WHERE status = 'QUEUED' GROUP BY channel")
                .query((rs, row) -> Map.entry(rs.getString("channel"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
