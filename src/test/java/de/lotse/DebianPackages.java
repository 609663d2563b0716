package de.lotse;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tools some tests drive as a person would (Chromium, swaks). On a fresh Debian machine where we are root they are
 * installed on first use, so that the README's single test command works there too; anywhere else a missing tool
 * fails the test with the command that installs it.
 */
public final class DebianPackages {

    private DebianPackages() {
    }

    /**
     * @param programs the executables needed
     * @param packages the Debian packages that bring them
     */
    public static synchronized void ensure(List<Path> programs, String... packages) {
        if (programs.stream().allMatch(Files::isExecutable)) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && new File("/usr/bin/apt-get").canExecute()) {
            run("apt-get", "update", "-qq");
            List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-qq"));
            install.addAll(List.of(packages));
            run(install.toArray(String[]::new));
        }
        if (!programs.stream().allMatch(Files::isExecutable)) {
            throw new IllegalStateException("This test needs " + String.join(" and ", packages)
                    + ": sudo apt-get install -y " + String.join(" ", packages));
        }
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
