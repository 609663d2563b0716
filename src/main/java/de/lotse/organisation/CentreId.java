package de.lotse.organisation;

import java.util.UUID;

/** A counselling centre's id. */
public record CentreId(UUID value) {
}
