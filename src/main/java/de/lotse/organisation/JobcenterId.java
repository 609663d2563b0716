package de.lotse.organisation;

import java.util.Objects;
import java.util.UUID;

public record JobcenterId(UUID value) {
    public JobcenterId {
        Objects.requireNonNull(value, "value");
    }
}
