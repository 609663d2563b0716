package de.lotse.deadlines;

/** How a Bescheid reached the citizen; decides the day it counts as made known (§37 SGB X). */
public enum Delivery {
    /** By ordinary post: made known on the 3rd (posted until 2024) or 4th day (posted from 2025) after posting. */
    POST,
    /** Made available for download (e.g. jobcenter.digital): made known a configured number of days after that. */
    ELECTRONIC,
    /** Handed over in person: made known that day. */
    IN_PERSON
}
