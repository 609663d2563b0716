package de.lotse.insights.web;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A horizontal bar chart drawn as SVG on the server: one bar a category, its length proportional to the count. A
 * suppressed count draws no bar and says so; the page gives the same numbers as a table beside it.
 */
public record BarChart(String id, String title, String description, List<Bar> bars, int height) {

    static final int WIDTH = 640;
    static final int LABEL_END = 250;
    static final int BAR_START = 260;
    static final int BAR_SPACE = 300;
    static final int ROW = 28;

    /** One bar: its label, count (empty when suppressed), position and length in SVG units. */
    public record Bar(String label, OptionalLong value, int y, int length) {

        public int textY() {
            return y + 15;
        }

        public int valueX() {
            return BAR_START + length + 6;
        }

        /** The bar's length in whole percent of the longest, for the PDF's bars drawn as boxes. */
        public int percent() {
            return Math.round(length * 100f / BAR_SPACE);
        }
    }

    static BarChart of(String id, String title, String description, List<String> labels, List<OptionalLong> values) {
        long largest = values.stream().filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            OptionalLong value = values.get(i);
            int length = value.isPresent() && largest > 0 ? (int) Math.max(1, value.getAsLong() * BAR_SPACE / largest) : 0;
            bars.add(new Bar(labels.get(i), value, 8 + i * ROW, length));
        }
        return new BarChart(id, title, description, bars, 16 + labels.size() * ROW);
    }

    public int width() {
        return WIDTH;
    }

    public int labelEnd() {
        return LABEL_END;
    }

    public int barStart() {
        return BAR_START;
    }
}
