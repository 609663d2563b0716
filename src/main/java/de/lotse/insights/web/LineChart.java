package de.lotse.insights.web;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * A line chart of counts over months, drawn as SVG on the server. Suppressed months break the line (no point is
 * drawn); the page gives the numbers as a table as well.
 */
public record LineChart(String id, String title, String description, List<Point> points, List<String> segments,
        long largest, String firstLabel, String lastLabel) {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 40;

    /** A month's point, present only where the count is published. */
    public record Point(String label, OptionalLong value, int x, int y) {
    }

    static LineChart of(String id, String title, String description, List<String> labels, List<OptionalLong> values) {
        long largest = Math.max(1, values.stream().filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong)
                .max().orElse(1));
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int x = LEFT + (labels.size() == 1 ? plotWidth / 2 : i * plotWidth / (labels.size() - 1));
            int y = values.get(i).isPresent() ? TOP + plotHeight - (int) (values.get(i).getAsLong() * plotHeight / largest)
                    : TOP + plotHeight;
            points.add(new Point(labels.get(i), values.get(i), x, y));
        }
        List<String> segments = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        for (Point point : points) {
            if (point.value().isPresent()) {
                run.add(point);
            } else {
                addSegment(segments, run);
            }
        }
        addSegment(segments, run);
        return new LineChart(id, title, description, points, segments, largest,
                labels.isEmpty() ? "" : labels.get(0), labels.isEmpty() ? "" : labels.get(labels.size() - 1));
    }

    private static void addSegment(List<String> segments, List<Point> run) {
        if (run.size() > 1) {
            segments.add(run.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" ")));
        }
        run.clear();
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int top() {
        return TOP;
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }
}
