// Counts rows in the embedded PostgreSQL after a benchmark run, so the README can say how many concerns were stored.
// Run with the JDBC driver from the app jar on the classpath (http.sh does this):
//   java -cp postgresql.jar bench/CountRows.java PORT TABLE...
import java.sql.DriverManager;

public class CountRows {
    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + args[0] + "/lotse?user=postgres";
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            for (int i = 1; i < args.length; i++) {
                if (!args[i].matches("[a-z_]+")) {
                    throw new IllegalArgumentException("not a table name: " + args[i]);
                }
                try (var result = statement.executeQuery("SELECT count(*) FROM " + args[i])) {
                    result.next();
                    System.out.println(args[i] + " " + result.getLong(1));
                }
            }
        }
    }
}
