package de.lotse.insights;

import java.util.List;

/** A group of similar concerns: its most telling words and how many concerns of the sample it holds. */
public record TextGroup(List<String> terms, long size) {

    public TextGroup {
        terms = List.copyOf(terms);
    }
}
