package de.lotse.insights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Groups similar free texts so that new kinds of problems show before they have a category: German stemming and stop
 * words (Lucene's GermanAnalyzer), TF-IDF weights over the stems that occur in at least {@value #MIN_DOCUMENTS} texts
 * (rarer words could point to a person and are left out), then spherical k-means (cosine, k-means++ start, seeded).
 * Each group is labelled with the stems weighing most in its centre, shown as the word most often written for them.
 */
final class TextClustering {

    static final int MIN_DOCUMENTS = 5;
    static final int LABEL_TERMS = 4;
    private static final int ITERATIONS = 25;
    /** The scrubber's placeholders say nothing about the problem. */
    private static final Set<String> PLACEHOLDERS = Set.of("name", "mail", "telefon", "plz", "datum", "kundennumm",
            "kundennummer", "iban", "numm", "nummer", "personlich", "demo");

    /** A group: its most telling words and the indexes of its texts. */
    record Group(List<String> terms, List<Integer> members) {
    }

    private TextClustering() {
    }

    static List<Group> groups(List<String> texts, int k, long seed) {
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        try (Analyzer analyzer = new GermanAnalyzer()) {
            for (String text : texts) {
                counts.add(stems(analyzer, text, surfaces));
            }
        }
        Map<String, Integer> documentFrequency = new HashMap<>();
        counts.forEach(doc -> doc.keySet().forEach(stem -> documentFrequency.merge(stem, 1, Integer::sum)));
        List<String> vocabulary = documentFrequency.entrySet().stream()
                .filter(entry -> entry.getValue() >= MIN_DOCUMENTS && !PLACEHOLDERS.contains(entry.getKey()))
                .map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        vocabulary.forEach(stem -> index.put(stem, index.size()));
        List<double[]> vectors = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int d = 0; d < counts.size(); d++) {
            double[] vector = new double[vocabulary.size()];
            for (Map.Entry<String, Integer> term : counts.get(d).entrySet()) {
                Integer position = index.get(term.getKey());
                if (position != null) {
                    vector[position] = (1 + Math.log(term.getValue()))
                            * Math.log((double) texts.size() / documentFrequency.get(term.getKey()));
                }
            }
            if (normalise(vector)) {
                vectors.add(vector);
                kept.add(d);
            }
        }
        if (vectors.isEmpty() || vocabulary.isEmpty()) {
            return List.of();
        }
        int[] assignment = kMeans(vectors, Math.min(k, vectors.size()), new Random(seed));
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < assignment.length; i++) {
            members.computeIfAbsent(assignment[i], ignored -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> group : members.values()) {
            double[] centre = centre(vectors, group, vocabulary.size());
            List<String> terms = java.util.stream.IntStream.range(0, centre.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer t) -> -centre[t])).limit(LABEL_TERMS)
                    .filter(t -> centre[t] > 0).map(t -> surface(surfaces.get(vocabulary.get(t)), vocabulary.get(t)))
                    .toList();
            groups.add(new Group(terms, group.stream().map(kept::get).toList()));
        }
        groups.sort(Comparator.comparingInt((Group group) -> -group.members().size()));
        return groups;
    }

    private static Map<String, Integer> stems(Analyzer analyzer, String text, Map<String, Map<String, Integer>> surfaces) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.toLowerCase(java.util.Locale.GERMAN).split("[^\\p{L}]+")) {
            if (word.length() < 3) {
                continue;
            }
            for (String stem : analyse(analyzer, word)) {
                counts.merge(stem, 1, Integer::sum);
                surfaces.computeIfAbsent(stem, ignored -> new HashMap<>()).merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static List<String> analyse(Analyzer analyzer, String word) {
        List<String> stems = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    private static String surface(Map<String, Integer> forms, String stem) {
        return forms == null ? stem : forms.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(stem);
    }

    private static int[] kMeans(List<double[]> vectors, int k, Random random) {
        List<double[]> centres = new ArrayList<>();
        centres.add(vectors.get(random.nextInt(vectors.size())).clone());
        while (centres.size() < k) {
            double[] distance = new double[vectors.size()];
            double sum = 0;
            for (int i = 0; i < vectors.size(); i++) {
                double best = Double.MAX_VALUE;
                for (double[] centre : centres) {
                    best = Math.min(best, 1 - dot(vectors.get(i), centre));
                }
                distance[i] = Math.max(0, best) * Math.max(0, best);
                sum += distance[i];
            }
            if (sum <= 0) {
                break;
            }
            double pick = random.nextDouble() * sum;
            int chosen = 0;
            while (chosen < distance.length - 1 && (pick -= distance[chosen]) > 0) {
                chosen++;
            }
            centres.add(vectors.get(chosen).clone());
        }
        int[] assignment = new int[vectors.size()];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            boolean moved = false;
            for (int i = 0; i < vectors.size(); i++) {
                int best = 0;
                for (int c = 1; c < centres.size(); c++) {
                    if (dot(vectors.get(i), centres.get(c)) > dot(vectors.get(i), centres.get(best))) {
                        best = c;
                    }
                }
                moved |= assignment[i] != best;
                assignment[i] = best;
            }
            for (int c = 0; c < centres.size(); c++) {
                List<Integer> members = new ArrayList<>();
                for (int i = 0; i < assignment.length; i++) {
                    if (assignment[i] == c) {
                        members.add(i);
                    }
                }
                if (!members.isEmpty()) {
                    double[] centre = centre(vectors, members, vectors.get(0).length);
                    normalise(centre);
                    centres.set(c, centre);
                }
            }
            if (!moved && iteration > 0) {
                break;
            }
        }
        return assignment;
    }

    private static double[] centre(List<double[]> vectors, List<Integer> members, int size) {
        double[] centre = new double[size];
        for (int member : members) {
            double[] vector = vectors.get(member);
            for (int t = 0; t < size; t++) {
                centre[t] += vector[t] / members.size();
            }
        }
        return centre;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int t = 0; t < a.length; t++) {
            sum += a[t] * b[t];
        }
        return sum;
    }

    private static boolean normalise(double[] vector) {
        double norm = Math.sqrt(dot(vector, vector));
        if (norm == 0) {
            return false;
        }
        for (int t = 0; t < vector.length; t++) {
            vector[t] /= norm;
        }
        return true;
    }
}
