package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import de.lotse.IntegrationTest;
import de.lotse.channels.Attachments;
import de.lotse.channels.Channel;
import de.lotse.channels.InboundMessages;
import de.lotse.privacy.AccessLog;
import de.lotse.privacy.PersonalDataRead;

/** The citizen downloads everything kept about their concern through the status link, and nothing of anyone else's. */
@IntegrationTest
class PersonalDataExportWebTest {

    @Autowired MockMvc mvc;
    @Autowired ConcernIntake intake;
    @Autowired CitizenAccess access;
    @Autowired Concerns concerns;
    @Autowired InboundMessages inbound;
    @Autowired Attachments attachments;
    @Autowired AccessLog accessLog;
    @Autowired TransactionTemplate transactions;

    private final String address = "10.3." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    private final RequestPostProcessor client = request -> {
        request.setRemoteAddr(address);
        return request;
    };

    private Receipt aConcernWith(String message, String filename) {
        Receipt receipt = intake.submit(ConcernIntakeIntegrationTest.complaintFrom("20095"), Optional.empty());
        access.addMessage(receipt.secret().value(), message, Optional.empty(), address);
        ConcernId id = concerns.byReference(receipt.reference()).orElseThrow().id();
        transactions.executeWithoutResult(status -> {
            UUID mail = inbound.record(Channel.EMAIL, "<" + UUID.randomUUID() + "@example.org>", Optional.of("erika@example.org"),
                    "Nachweis", InboundMessages.Outcome.ADDED, Optional.of(id), ("Subject: Nachweis\r\n\r\n" + message).getBytes(),
                    40, Instant.now());
            attachments.store(mail, id, 2, new Attachments.Incoming(filename, Optional.of("application/pdf"),
                    ("%PDF-1.4 " + filename).getBytes(StandardCharsets.US_ASCII), 20), Instant.now());
        });
        return receipt;
    }

    private Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void the_zip_holds_the_messages_the_attachments_and_a_readme_and_nothing_of_another_concern() throws Exception {
        Receipt mine = aConcernWith("Hier ist mein Kontoauszug.", "kontoauszug.pdf");
        Receipt other = aConcernWith("Ganz andere Geschichte von Max.", "mietvertrag-max.pdf");

        byte[] zip = mvc.perform(get("/status/" + mine.secret().value() + "/meine-daten").with(client))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();

        Map<String, String> entries = unzip(zip);
        assertThat(entries).containsKeys("LIESMICH-README.txt", "data.json");
        assertThat(entries.get("LIESMICH-README.txt")).contains(mine.reference().value(), "Artikel 15");
        String data = entries.get("data.json");
        assertThat(data).contains(mine.reference().value(), "Die Miete wurde nicht überwiesen.",
                "Hier ist mein Kontoauszug.", "Erika Mustermann", "erika@example.org", "kontoauszug.pdf", "data-export");
        assertThat(entries.keySet()).anyMatch(name -> name.startsWith("attachments/") && name.endsWith("kontoauszug.pdf"))
                .anyMatch(name -> name.startsWith("originals/") && name.endsWith(".eml"));
        assertThat(String.join("\n", entries.keySet()) + String.join("\n", entries.values()))
                .doesNotContain(other.reference().value(), "Ganz andere Geschichte", "mietvertrag-max");
        assertThat(accessLog.readsOf(CitizenAccess.SUBJECT, concerns.byReference(mine.reference()).orElseThrow().id().value()))
                .extracting(PersonalDataRead::purpose).contains("data-export");
    }

    @Test
    void an_unknown_link_gets_404_and_counts_as_a_wrong_guess() throws Exception {
        mvc.perform(get("/status/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/meine-daten").with(client))
                .andExpect(status().isNotFound());
        for (int guess = 0; guess < 10; guess++) {
            mvc.perform(get("/status/BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB" + guess + "/meine-daten").with(client));
        }
        mvc.perform(get("/status/CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC/meine-daten").with(client))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void the_status_page_offers_the_download() throws Exception {
        Receipt receipt = intake.submit(ConcernIntakeIntegrationTest.complaintFrom("20095"), Optional.empty());

        String page = mvc.perform(get("/status/" + receipt.secret().value()).with(client)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("/status/" + receipt.secret().value() + "/meine-daten", "Meine Daten herunterladen");
    }
}
