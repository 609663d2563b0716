// Reads a few facts from the embedded PostgreSQL of a Lotse data directory after a benchmark run: the durability
// settings in force, the database size and how many rows the given tables hold. http.sh runs it with the JDBC
// driver taken out of the app jar:
//   java -cp postgresql.jar bench/DbStats.java DATA_DIR TABLE...
// The port comes from DATA_DIR/postgres/postmaster.pid; the password, where the app set one, from
// DATA_DIR/postgres-password (older builds trusted local connections and had no such file).
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;

public class DbStats {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String port = Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(3).trim();
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        Path passwordFile = data.resolve("postgres-password");
        if (Files.exists(passwordFile)) {
            login.setProperty("password", Files.readString(passwordFile).trim());
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/lotse";
        try (var connection = DriverManager.getConnection(url, login); var statement = connection.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes", "server_version"}) {
                try (var result = statement.executeQuery("SHOW " + setting)) {
                    result.next();
                    System.out.println(setting + " " + result.getString(1));
                }
            }
            try (var result = statement.executeQuery("SELECT pg_size_pretty(pg_database_size('lotse'))")) {
                result.next();
                System.out.println("database_size " + result.getString(1).replace(" ", ""));
            }
            for (int i = 1; i < args.length; i++) {
                if (!args[i].matches("[a-z_]+")) {
                    throw new IllegalArgumentException("not a table name: " + args[i]);
                }
                try (var result = statement.executeQuery("SELECT count(*) FROM " + args[i])) {
                    result.next();
                    System.out.println("rows." + args[i] + " " + result.getLong(1));
                }
            }
        }
    }
}
