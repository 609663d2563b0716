package de.lotse.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where Hamburg's postcodes lie, for "nearest first". Seeded at every start from GeoNames' postal code data (CC BY 4.0,
 * see {@code seed/hamburg-postcode-centroids.csv}); only missing postcodes are added, so corrections made in the
 * database stay. Reference data, not demo data: it is loaded in production too.
 */
@Repository
class PostcodeCentroids implements ApplicationRunner {

    static final String SEED = "seed/hamburg-postcode-centroids.csv";
    private static final Logger log = LoggerFactory.getLogger(PostcodeCentroids.class);

    private final JdbcClient jdbc;

    PostcodeCentroids(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, GeoPoint> all() {
        Map<String, GeoPoint> centroids = new HashMap<>();
        jdbc.sql("SELECT postal_code, latitude, longitude FROM postcode_centroid").query(rs -> {
            centroids.put(rs.getString("postal_code"), new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")));
        });
        return centroids;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int added = 0;
        for (List<String> row : seed()) {
            added += jdbc.sql("""
                    INSERT INTO postcode_centroid (postal_code, latitude, longitude) VALUES (?, ?, ?)
                    ON CONFLICT (postal_code) DO NOTHING""")
                    .params(row.get(0), Double.parseDouble(row.get(1)), Double.parseDouble(row.get(2))).update();
        }
        if (added > 0) {
            log.info("Directory: {} postcode centre points added (GeoNames, CC BY 4.0)", added);
        }
    }

    /** The seed file: lines starting with # are comments (source and licence), the first other line the header. */
    static List<List<String>> seed() {
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(SEED).getInputStream(),
                StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).skip(1)
                    .map(line -> List.of(line.split(",", -1))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
