package de.lotse.wording;

import de.lotse.language.Language;
import de.lotse.organisation.JobcenterId;

/** An administrator overrode a text or reset it to the shipped one. */
public record WordingChanged(JobcenterId jobcenter, String key, Language language) {
}
