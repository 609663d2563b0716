package de.lotse.insights;

import java.util.UUID;

/** A further recipient of the partner report (beyond the approved counselling centres). */
public record RecipientId(UUID value) {
}
