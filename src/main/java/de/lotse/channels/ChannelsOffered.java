package de.lotse.channels;

import java.util.List;

import org.springframework.stereotype.Component;

import de.lotse.concerns.ChannelOffer;

/** The channels switched on, for the intake form: only what the Jobcenter runs is offered to citizens. */
@Component
class ChannelsOffered implements ChannelOffer {

    private static final List<Channel> MESSENGERS = List.of(Channel.WHATSAPP, Channel.TELEGRAM, Channel.THREEMA,
            Channel.MATRIX);

    private final List<ChannelGateway> gateways;

    ChannelsOffered(List<ChannelGateway> gateways) {
        this.gateways = gateways;
    }

    @Override
    public boolean smsOn() {
        return on(Channel.SMS);
    }

    @Override
    public List<String> messengers() {
        return MESSENGERS.stream().filter(this::on).map(ChannelsOffered::name).toList();
    }

    private boolean on(Channel channel) {
        return gateways.stream().anyMatch(gateway -> gateway.channel() == channel && gateway.switchedOn());
    }

    private static String name(Channel channel) {
        return switch (channel) {
            case WHATSAPP -> "WhatsApp";
            case TELEGRAM -> "Telegram";
            case THREEMA -> "Threema";
            case MATRIX -> "Matrix";
            default -> channel.name();
        };
    }
}
