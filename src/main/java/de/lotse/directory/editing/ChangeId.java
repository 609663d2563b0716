package de.lotse.directory.editing;

import java.util.UUID;

/** A proposed change's id. */
public record ChangeId(UUID value) {
}
