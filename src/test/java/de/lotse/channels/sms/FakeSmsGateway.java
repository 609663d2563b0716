package de.lotse.channels.sms;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * A local stand-in for sipgate's {@code POST /v2/sessions/sms} (developer.sipgate.io): HTTP Basic with token id and
 * token, JSON {@code smsId}, {@code recipient}, {@code message}; 204 when taken, 401 for bad credentials.
 */
@RestController
public class FakeSmsGateway {

    public record Sent(String smsId, String recipient, String message) {
    }

    static final List<Sent> SENT = java.util.Collections.synchronizedList(new ArrayList<>());

    @PostMapping("/api/fake-sipgate/v2/sessions/sms")
    ResponseEntity<Void> sms(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody JsonNode body) {
        String expected = "Basic " + java.util.Base64.getEncoder().encodeToString("token-id-1:test-sms-token".getBytes());
        if (!expected.equals(authorization)) {
            return ResponseEntity.status(401).build();
        }
        SENT.add(new Sent(body.path("smsId").asString(), body.path("recipient").asString(), body.path("message").asString()));
        return ResponseEntity.noContent().build();
    }
}
