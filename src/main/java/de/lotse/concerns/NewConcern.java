package de.lotse.concerns;

import java.time.LocalDate;
import java.util.Optional;

import de.lotse.language.Language;
import de.lotse.organisation.Postcode;

/** A checked draft: every field is valid and in its domain type. */
public record NewConcern(
        ConcernKind kind,
        LegalTopic legalTopic,
        AdministrativeProblem administrativeProblem,
        Urgency urgency,
        String description,
        Optional<LocalDate> noticeDate,
        Optional<CustomerNumber> customerNumber,
        Optional<String> name,
        Optional<Postcode> postcode,
        boolean withoutFixedAddress,
        Contact contact,
        Language preferredLanguage) {
}
