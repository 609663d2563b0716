package de.lotse.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The demo logins' file {@code demo-logins.txt} in the data directory, readable by its owner only. */
@Component
@ConditionalOnBooleanProperty("lotse.demo-data.enabled")
class DemoLogins {

    private final Path file;

    DemoLogins(@Value("${lotse.data-dir:./data}") Path dataDirectory) {
        this.file = dataDirectory.resolve("demo-logins.txt");
    }

    Path file() {
        return file.toAbsolutePath();
    }

    /** One line per login: login, first password, role (and what it belongs to). */
    static String line(String login, String password, String what) {
        return String.format("  %-24s %-14s %s%n", login, password, what);
    }

    void keep(String lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file stays readable by its owner's ACL
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the demo logins in " + file, e);
        }
    }
}
