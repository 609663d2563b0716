package de.lotse.concerns.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import de.lotse.concerns.PersonalDataCopy;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The citizen's copy as one ZIP: {@code data.json} (everything kept, machine-readable, Art. 20 GDPR too), the files as
 * they came, and a short text in the reader's language that says what is where.
 */
final class PersonalDataZip {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PersonalDataZip() {
    }

    static void write(PersonalDataCopy copy, String readme, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, "LIESMICH-README.txt", readme.getBytes(StandardCharsets.UTF_8));
            put(zip, "data.json", JSON.writeValueAsBytes(copy.data()));
            for (PersonalDataCopy.File file : copy.files()) {
                put(zip, file.path(), file.content());
            }
        }
    }

    private static void put(ZipOutputStream zip, String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
    }
}
