/**
 * Getting messages in and out: e-mail now, messengers, SMS and phone to come. Replies leave through the outbox and a
 * delivery queue with retries; each channel is an adapter behind {@link de.lotse.channels.ChannelGateway}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Channels")
package de.lotse.channels;
