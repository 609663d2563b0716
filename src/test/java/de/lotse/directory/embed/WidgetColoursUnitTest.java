package de.lotse.directory.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WidgetColoursUnitTest {

    @Test
    void reads_hex_colours_with_or_without_hash_and_in_short_form() {
        assertThat(WidgetColours.hex("#1A2B3C")).contains("#1a2b3c");
        assertThat(WidgetColours.hex(" 1a2b3c ")).contains("#1a2b3c");
        assertThat(WidgetColours.hex("#abc")).contains("#aabbcc");
    }

    @Test
    void refuses_anything_that_could_carry_css_or_markup() {
        assertThat(WidgetColours.hex("red")).isEmpty();
        assertThat(WidgetColours.hex("#12345")).isEmpty();
        assertThat(WidgetColours.hex("#123456; background: url(x)")).isEmpty();
        assertThat(WidgetColours.hex("#12345g")).isEmpty();
        assertThat(WidgetColours.hex("</style>")).isEmpty();
        assertThat(WidgetColours.hex(null)).isEmpty();
    }

    @Test
    void computes_the_wcag_contrast_ratio() {
        assertThat(new WidgetColours("#000000", "#ffffff").contrast()).isCloseTo(21.0, within(0.001));
        assertThat(new WidgetColours("#ffffff", "#ffffff").contrast()).isCloseTo(1.0, within(0.001));
        // The well-known border cases of AA on white: #767676 passes, #777777 does not.
        assertThat(new WidgetColours("#767676", "#ffffff").contrast()).isCloseTo(4.54, within(0.01));
        assertThat(new WidgetColours("#777777", "#ffffff").contrast()).isCloseTo(4.48, within(0.01));
        assertThat(new WidgetColours("#ffffff", "#767676").readable()).isTrue();
        assertThat(new WidgetColours("#777777", "#ffffff").readable()).isFalse();
    }

    @Test
    void the_standard_pair_is_readable() {
        assertThat(WidgetColours.STANDARD.readable()).isTrue();
    }

    @Test
    void a_blank_colour_means_that_colour_of_the_standard_pair() {
        assertThat(WidgetColours.typed("", "#fafafa")).contains(new WidgetColours("#00466e", "#fafafa"));
        assertThat(WidgetColours.typed("#111111", null)).contains(new WidgetColours("#111111", "#ffffff"));
        assertThat(WidgetColours.typed("nonsense", "#ffffff")).isEmpty();
    }

    @Test
    void the_widget_falls_back_to_the_standard_pair_rather_than_show_unreadable_or_broken_colours() {
        assertThat(WidgetColours.readableOrStandard("#ffff00", "#ffffff")).isEqualTo(WidgetColours.STANDARD);
        assertThat(WidgetColours.readableOrStandard("#zzzzzz", "#000000")).isEqualTo(WidgetColours.STANDARD);
        assertThat(WidgetColours.readableOrStandard("ffffff", "1b1b1b")).isEqualTo(new WidgetColours("#ffffff", "#1b1b1b"));
    }
}
