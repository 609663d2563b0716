package de.lotse;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class LotseApplication {

    public static void main(String[] args) {
        SpringApplication.run(LotseApplication.class, args);
    }

    /** Domain code takes time from here, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
