package de.lotse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.json.JsonWriter.Members;

class PersonalDataRedactionUnitTest {

    @Test
    void masks_email_addresses_and_link_secrets_and_keeps_the_rest() {
        assertThat(PersonalDataRedaction.redact("550 5.1.1 <jürgen.o'neil+jc@mail.example.de>: Recipient rejected"))
                .isEqualTo("550 5.1.1 <[e-mail]>: Recipient rejected");
        assertThat(PersonalDataRedaction.redact("GET /status/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde?neu=1"))
                .isEqualTo("GET /status/[secret]?neu=1");
        assertThat(PersonalDataRedaction.redact("GET /einwilligung/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"))
                .isEqualTo("GET /einwilligung/[secret]");
        assertThat(PersonalDataRedaction.redact("Concern HH-2026-7KQ4-M2 received (COMPLAINT, NORMAL)"))
                .isEqualTo("Concern HH-2026-7KQ4-M2 received (COMPLAINT, NORMAL)");
    }

    @Test
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void every_string_value_of_a_json_log_line_is_masked() {
        JsonWriter<String> writer = JsonWriter.of(members -> {
            members.add("message", message -> message);
            members.add("error", message -> java.util.Map.of("stack_trace", "at x: " + message));
            new PersonalDataRedaction().customize((Members) members);
        });
        String line = writer.writeToString("mail from kim@example.org failed");
        assertThat(line).doesNotContain("kim@example.org").contains("mail from [e-mail] failed", "at x: mail from [e-mail]");
    }
}
