package de.lotse.glossary;

import java.util.List;

/**
 * The words, in the order a citizen meets them: the letter (Bescheid) and how to contest it first, the money and who
 * counts, then duties, applications, repayments and court, then Lotse's own words. Each word's term and explanation
 * are the message keys {@code glossary.<anchor>.term} and {@code .text}; the anchor is the link target
 * {@code /woerter#<anchor>}. The legal facts follow DESIGN.md §6 (periods: §37 SGB X, §§64, 66, 84, 87 SGG;
 * Überprüfungsantrag: §44 SGB X with §40 SGB II) and the SGB II (§7 household, §15 Kooperationsplan, §22 housing,
 * §24 loans, §31 ff. Leistungsminderung, §41 period of award) and §§60, 66 SGB I (Mitwirkung), §183 SGG (no court fees).
 */
public final class Glossary {

    /** The glossary's address; texts link to a word with {@code PATH + "#" + anchor}. */
    public static final String PATH = "/woerter";

    public static final List<String> WORDS = List.of("bescheid", "widerspruch", "widerspruchsfrist",
            "ueberpruefungsantrag", "buergergeld", "leistungen", "bedarfsgemeinschaft", "kosten-der-unterkunft",
            "mitwirkungspflicht", "kooperationsplan", "leistungsminderung", "weiterbewilligungsantrag", "erstattung",
            "darlehen", "eilantrag", "sozialgericht", "kundennummer", "vorgangsnummer", "status-link");

    private Glossary() {
    }
}
