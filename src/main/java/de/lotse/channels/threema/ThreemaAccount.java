package de.lotse.channels.threema;

import java.util.HexFormat;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The Jobcenter's Threema Gateway ID in end-to-end mode: its ID ({@code *} and seven characters), the API secret and
 * the private key that only Lotse holds (Threema never sees it). Threema is on when all three are set. Read on each
 * use, as the API's address resolves late (a test points it at a fake on the app's own random port).
 */
@Component
class ThreemaAccount {

    private final Environment environment;

    ThreemaAccount(Environment environment) {
        this.environment = environment;
    }

    boolean on() {
        return !gatewayId().isEmpty() && !secret().isEmpty() && privateKeyHex().matches("[0-9a-fA-F]{64}");
    }

    String gatewayId() {
        return environment.getProperty("lotse.channels.threema.gateway-id", "").strip();
    }

    String secret() {
        return environment.getProperty("lotse.channels.threema.api-secret", "").strip();
    }

    String apiUrl() {
        String url = environment.getProperty("lotse.channels.threema.api-url", "https://msgapi.threema.ch").strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    byte[] privateKey() {
        return HexFormat.of().parseHex(privateKeyHex());
    }

    private String privateKeyHex() {
        return environment.getProperty("lotse.channels.threema.private-key", "").strip();
    }
}
