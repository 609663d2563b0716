package de.lotse.insights;

import java.util.Objects;
import java.util.UUID;

public record MeasureId(UUID value) {
    public MeasureId {
        Objects.requireNonNull(value, "value");
    }
}
