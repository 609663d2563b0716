package de.lotse.insights;

import java.util.Optional;

/**
 * Who gets the quarterly report by mail: an approved counselling centre at its contact address, or a further
 * recipient the Jobcenter added (DGB, a welfare association's office).
 *
 * @param id only for further recipients, which can be removed here
 */
public record PartnerRecipient(Optional<RecipientId> id, String name, String email) {

    /** The address as the send record keys it: two spellings of one address get one mail. */
    String key() {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
