package de.lotse.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class AttachmentsUnitTest {

    @Test
    void the_content_decides_the_type_not_the_name() {
        assertThat(Attachments.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
        assertThat(Attachments.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 })).contains("image/jpeg");
        assertThat(Attachments.sniff("MZ\u0090\u0000 a program".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(Attachments.sniff("PK\u0003\u0004 a zip".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(Attachments.sniff(new byte[0])).isEmpty();
    }

    @Test
    void voice_messages_and_recordings_are_kept_by_their_container() {
        assertThat(Attachments.sniff("OggS\u0000\u0002 opus".getBytes(StandardCharsets.ISO_8859_1))).contains("audio/ogg");
        assertThat(Attachments.sniff("\u0000\u0000\u0000\u001CftypM4A \u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .contains("audio/mp4");
        assertThat(Attachments.sniff("\u0000\u0000\u0000\u0018ftypmp42\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .contains("video/mp4");
    }

    @Test
    void file_names_lose_paths_control_characters_and_tricks() {
        assertThat(Attachments.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Attachments.safeName("C:\\Users\\x\\Bescheid.pdf")).isEqualTo("Bescheid.pdf");
        assertThat(Attachments.safeName("rechnung\u202Efdp.exe")).isEqualTo("rechnung_fdp.exe");
        assertThat(Attachments.safeName("...versteckt")).isEqualTo("versteckt");
        assertThat(Attachments.safeName("a<b>c:d\"e|f?g*h\u0007.png")).isEqualTo("a_b_c_d_e_f_g_h_.png");
        assertThat(Attachments.safeName("")).isEqualTo("anhang");
        assertThat(Attachments.safeName("x".repeat(300) + ".pdf")).hasSize(120).endsWith(".pdf");
    }
}
