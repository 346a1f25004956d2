package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 as conlleval computes them: a predicted entity counts only
 * when its type and its exact token span equal a gold entity's.
 *
 * <p>Input is CoNLL lines whose last two columns are the gold and the predicted tag (as
 * {@link ConllTagger} leaves them). Both IOB1 (CoNLL-2003's own files) and IOB2 are read: an
 * entity starts at a B- tag, or at an I- tag whose type differs from the previous token's.
 */
public final class ConllScore {
    /** Counts of one entity type. */
    public record Counts(int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts other) {
            return new Counts(gold + other.gold, predicted + other.predicted, correct + other.correct);
        }
    }

    private record Chunk(String type, int start, int end) {
    }

    private final Map<String, Counts> byType;

    private ConllScore(Map<String, Counts> byType) {
        this.byType = byType;
    }

    public static ConllScore of(List<String> lines) {
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (String line : lines) {
            String[] columns = line.strip().split("\\s+");
            if (line.isBlank() || columns[0].equals("-DOCSTART-")) {
                // a sentence or document boundary ends every open entity
                gold.add("O");
                predicted.add("O");
                continue;
            }
            if (columns.length < 3) {
                throw new IllegalArgumentException("needs a token, a gold and a predicted tag: " + line);
            }
            gold.add(columns[columns.length - 2]);
            predicted.add(columns[columns.length - 1]);
        }
        List<Chunk> goldChunks = chunks(gold);
        List<Chunk> predictedChunks = chunks(predicted);
        Map<String, Counts> byType = new TreeMap<>();
        for (Chunk c : goldChunks) {
            byType.merge(c.type(), new Counts(1, 0, 0), Counts::plus);
        }
        for (Chunk c : predictedChunks) {
            byType.merge(c.type(), new Counts(0, 1, goldChunks.contains(c) ? 1 : 0), Counts::plus);
        }
        return new ConllScore(byType);
    }

    private static List<Chunk> chunks(List<String> tags) {
        List<Chunk> chunks = new ArrayList<>();
        String open = null;
        int start = 0;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String type = tag.equals("O") ? null : tag.substring(2);
            boolean begins = type != null && (tag.startsWith("B-") || !type.equals(open));
            if (open != null && (type == null || begins)) {
                chunks.add(new Chunk(open, start, i));
                open = null;
            }
            if (begins) {
                open = type;
                start = i;
            }
        }
        return chunks;
    }

    public Map<String, Counts> byType() {
        return byType;
    }

    public Counts overall() {
        return byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    /** A conlleval-like table: overall, then one line per type. */
    public String report() {
        StringBuilder out = new StringBuilder();
        Counts all = overall();
        out.append(String.format("entities: %d gold, %d predicted, %d correct%n", all.gold(), all.predicted(), all.correct()));
        out.append(line("overall", all));
        byType.forEach((type, counts) -> out.append(line(type, counts)));
        return out.toString();
    }

    private static String line(String name, Counts c) {
        return String.format("%-8s precision %6.2f%%  recall %6.2f%%  F1 %6.2f  (gold %d, predicted %d)%n",
                name, 100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.gold(), c.predicted());
    }
}
