package de.lotse.organisation;

import java.util.Objects;
import java.util.UUID;

public record StaffId(UUID value) {
    public StaffId {
        Objects.requireNonNull(value, "value");
    }
}
