package de.lotse.concerns;

import java.util.Optional;

/** How to reach the citizen. The phone number is kept in E.164 form (+4940…), whatever way it was typed. */
public record Contact(ContactChannel channel, Optional<String> email, Optional<String> phone) {

    public static Contact anonymous() {
        return new Contact(ContactChannel.NONE, Optional.empty(), Optional.empty());
    }
}
