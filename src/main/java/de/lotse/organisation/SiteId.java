package de.lotse.organisation;

import java.util.Objects;
import java.util.UUID;

public record SiteId(UUID value) {
    public SiteId {
        Objects.requireNonNull(value, "value");
    }
}
