package de.lotse.directory.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Identifiers for HSDS records the directory keeps no id for (an address, a language of a service, a link between a
 * service and a location): derived from what they belong to, so the same data always gets the same id and an export
 * read back in and exported again is identical.
 */
final class StableIds {

    private StableIds() {
    }

    static UUID of(String kind, Object... parts) {
        String name = "lotse:" + kind + ":" + Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("/"));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
