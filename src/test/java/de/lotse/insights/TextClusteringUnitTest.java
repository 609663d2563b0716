package de.lotse.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Texts on three planted problems fall into three groups, each labelled with the words that tell it. */
class TextClusteringUnitTest {

    private static final List<List<String>> THEMES = List.of(
            List.of("Die Mietbescheinigung habe ich abgegeben, sie ist verloren gegangen.",
                    "Meine Mietbescheinigung wurde nicht gefunden, obwohl ich sie eingereicht habe.",
                    "Zum dritten Mal soll ich die Mietbescheinigung einreichen, sie gilt als verloren."),
            List.of("Ich erreiche am Telefon niemanden, die Hotline ist immer besetzt.",
                    "Seit Tagen rufe ich an, niemand geht ans Telefon, die Hotline legt auf.",
                    "Telefonisch ist niemand erreichbar, die Hotline hilft nicht."),
            List.of("Die Zahlung für diesen Monat ist nicht gekommen, ich habe kein Geld.",
                    "Kein Geld auf dem Konto, die Zahlung fehlt seit dem Ersten.",
                    "Das Geld wurde nicht überwiesen, die Zahlung ist ausgeblieben."));

    @Test
    void finds_the_planted_problems_and_labels_them() {
        Random random = new Random(3);
        List<String> texts = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (int n = 0; n < 90; n++) {
            int theme = n % THEMES.size();
            texts.add(THEMES.get(theme).get(random.nextInt(3)) + " Frau [NAME] hat am [DATUM] gesagt, ich soll warten.");
            truth.add(theme);
        }

        List<TextClustering.Group> groups = TextClustering.groups(texts, 3, 42);

        assertThat(groups).hasSize(3);
        for (TextClustering.Group group : groups) {
            long agreeing = group.members().stream().filter(member -> truth.get(member)
                    .equals(truth.get(group.members().get(0)))).count();
            assertThat(agreeing).isEqualTo(group.members().size());
            assertThat(group.terms()).doesNotContain("name", "datum", "frau");
        }
        assertThat(groups.stream().map(group -> String.join(" ", group.terms())))
                .anyMatch(label -> label.contains("mietbescheinigung"))
                .anyMatch(label -> label.contains("hotline") || label.contains("telefon"))
                .anyMatch(label -> label.contains("zahlung") || label.contains("geld"));
    }

    @Test
    void a_word_fewer_than_five_texts_use_never_becomes_a_label() {
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            texts.add("Die Hotline ist besetzt." + (n == 0 ? " Kowalczykowski" : ""));
        }

        assertThat(TextClustering.groups(texts, 2, 1)).allSatisfy(group -> assertThat(group.terms())
                .doesNotContain("kowalczykowski"));
    }
}
