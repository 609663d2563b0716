package de.lotse.concerns;

import java.util.Objects;
import java.util.UUID;

public record ConcernId(UUID value) {
    public ConcernId {
        Objects.requireNonNull(value, "value");
    }

    static ConcernId random() {
        return new ConcernId(UUID.randomUUID());
    }
}
