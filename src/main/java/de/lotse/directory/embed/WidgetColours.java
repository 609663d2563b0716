package de.lotse.directory.embed;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two colours a homepage may give the widget: {@code colour} for text, links, the button and the focus ring, and
 * {@code background}. One pair for everything keeps every part readable once the pair is: their contrast must be at
 * least 4.5:1 (WCAG 2.1 AA for normal text), computed as WCAG defines relative luminance.
 */
public record WidgetColours(String colour, String background) {

    public static final WidgetColours STANDARD = new WidgetColours("#00466e", "#ffffff");
    public static final double MINIMUM_CONTRAST = 4.5;

    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

    /**
     * A colour as typed ({@code #1a2b3c}, {@code 1A2B3C} or {@code #abc}), as {@code #rrggbb} in lower case; nothing
     * else, so the value can go into a stylesheet and a link without escaping.
     */
    public static Optional<String> hex(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String value = typed.strip();
        if (!HEX.matcher(value).matches()) {
            return Optional.empty();
        }
        String digits = value.startsWith("#") ? value.substring(1) : value;
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2)
                    + digits.charAt(2);
        }
        return Optional.of("#" + digits.toLowerCase(Locale.ROOT));
    }

    /**
     * The pair as typed, a blank one meaning that colour of the standard pair; empty when either is not a colour.
     */
    public static Optional<WidgetColours> typed(String colour, String background) {
        Optional<String> text = blank(colour) ? Optional.of(STANDARD.colour) : hex(colour);
        Optional<String> behind = blank(background) ? Optional.of(STANDARD.background) : hex(background);
        return text.flatMap(foreground -> behind.map(back -> new WidgetColours(foreground, back)));
    }

    /** The pair for the widget: as asked when both are colours and readable together, else the standard pair. */
    public static WidgetColours readableOrStandard(String colour, String background) {
        return typed(colour, background).filter(WidgetColours::readable).orElse(STANDARD);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The contrast ratio of the pair, from 1 (same colour) to 21 (black on white). */
    public double contrast() {
        return contrast(colour, background);
    }

    public boolean readable() {
        return contrast() >= MINIMUM_CONTRAST;
    }

    public boolean standard() {
        return equals(STANDARD);
    }

    static double contrast(String first, String second) {
        double lighter = Math.max(luminance(first), luminance(second));
        double darker = Math.min(luminance(first), luminance(second));
        return (lighter + 0.05) / (darker + 0.05);
    }

    /** WCAG 2.1 relative luminance of a {@code #rrggbb} colour. */
    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double value = channel / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
