package de.lotse.directory.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvUnitTest {

    @Test
    void quotes_fields_with_commas_quotes_and_line_breaks_and_reads_them_back() {
        List<String> tricky = List.of("plain", "a, b", "sagt \"Hallo\"", "zwei\nZeilen", "", "Straße ümlaut");
        String written = Csv.write(List.of(List.of("a", "b", "c", "d", "e", "f"), tricky));

        assertThat(written).isEqualTo("a,b,c,d,e,f\r\nplain,\"a, b\",\"sagt \"\"Hallo\"\"\",\"zwei\nZeilen\",,Straße ümlaut\r\n");
        List<Csv.Row> read = Csv.read(written);
        assertThat(read).hasSize(2);
        assertThat(read.get(1).fields()).isEqualTo(tricky);
        assertThat(read.get(1).line()).isEqualTo(2);
    }

    @Test
    void counts_lines_across_quoted_line_breaks_and_accepts_lf_and_a_byte_order_mark() {
        List<Csv.Row> read = Csv.read("\uFEFFx,y\n\"1\n2\",3\n\n4,5\n");
        assertThat(read).extracting(Csv.Row::line).containsExactly(1, 2, 5);
        assertThat(read.get(0).fields()).containsExactly("x", "y");
        assertThat(read.get(2).fields()).containsExactly("4", "5");
    }

    @Test
    void a_quote_that_never_closes_is_malformed_from_its_line() {
        assertThatThrownBy(() -> Csv.read("a,b\n1,\"open\n2,3\n")).isInstanceOf(Csv.Malformed.class)
                .satisfies(e -> assertThat(((Csv.Malformed) e).line()).isEqualTo(2));
    }

    @Test
    void text_after_a_closing_quote_is_malformed() {
        assertThatThrownBy(() -> Csv.read("\"a\"b,c\n")).isInstanceOf(Csv.Malformed.class);
    }
}
