package de.lotse.runtime;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server Lotse starts itself, with a data directory that outlives the JVM.
 *
 * <p>Zonky's defaults are tuned for throw-away test databases (fsync and synchronous commit off); a citizen's
 * concern must survive a power cut, so both are switched back on here.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String DATABASE = "lotse";

    private final EmbeddedPostgres postgres;
    private final FileChannel lockFile;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockFile, String password) {
        this.postgres = postgres;
        this.lockFile = lockFile;
        this.password = password;
    }

    static EmbeddedPostgresServer start(Path dataDirectory, int port) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory);
        FileChannel lockFile = lockDataDirectory(directory);
        stopOrphanedPostmaster(directory);
        // Zonky's initdb trusts every local connection; citizens' data gets a password (kept beside the data).
        Path passwordFile = directory.resolveSibling(directory.getFileName() + "-password");
        String password = PrivateFile.readOrCreate(passwordFile, 24);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // Spring closes this server as its last bean; zonky's own hook would stop it while beans still work.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("default_text_search_config", "pg_catalog.german")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFile.toString())
                .setConnectConfig("password", password);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, lockFile, password);
        server.createApplicationDatabase();
        log.info("Embedded PostgreSQL is running on port {} with data in {}", postgres.getPort(), directory);
        return server;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    String password() {
        return password;
    }

    private void createApplicationDatabase() throws IOException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE + " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'");
            }
            statement.execute("ALTER DATABASE " + DATABASE + " SET default_text_search_config = 'pg_catalog.german'");
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not prepare the embedded database", e);
        }
    }

    /**
     * Holds a lock beside the data directory for as long as this JVM runs. A second Lotse on the same directory is
     * refused with a clear message, and a postmaster found there without the lock held is known to be an orphan.
     */
    private static FileChannel lockDataDirectory(Path directory) throws IOException {
        FileChannel channel = FileChannel.open(directory.resolveSibling(directory.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Another Lotse is running on " + directory
                    + ": stop it first, or give this one its own data directory (LOTSE_DATA_DIR)");
        }
        return channel;
    }

    /**
     * A JVM killed with SIGKILL leaves its postmaster running on the data directory, and a second postmaster
     * cannot start on it. That orphan belongs to us (it serves our directory), so it is shut down first.
     */
    private static void stopOrphanedPostmaster(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        // After a reboot the pid may belong to another program, even another PostgreSQL: only a postmaster whose
        // command line names our data directory is ours to stop.
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(command -> command.endsWith("postgres")).orElse(false))
                .filter(handle -> handle.info().commandLine().map(line -> line.contains(directory.toString())).orElse(false));
        postmaster.ifPresent(handle -> {
            log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", handle.pid());
            handle.destroy(); // SIGTERM: smart shutdown; the dead JVM's connections are already gone
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        });
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String firstLine = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream().findFirst().orElse("").trim();
            return Optional.of(Long.parseLong(firstLine));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lockFile.close();
        }
    }
}
