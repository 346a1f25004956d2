package io.newsflow.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark's metric (its evaluate.py, as ../shared/tools/aeb_eval.py
 * re-implements it): each text becomes a multiset of 4-token shingles; per page, true/false
 * positives and misses are normalised so every page weighs the same; precision and recall are
 * averaged over pages and F1 is taken of the averages.
 *
 * @param precision mean per-page precision
 * @param recall    mean per-page recall
 * @param accuracy  share of pages whose tokens equal the truth's exactly
 * @param pages     pages scored
 */
record ShingleScore(double precision, double recall, double accuracy, int pages) {

    private static final int SHINGLE = 4;
    /** Python's Unicode {@code \w}: letters, digits and other numbers, underscore (Java's would add marks). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Scores predictions against the truth, page by page; a page without a prediction counts as empty output. */
    static ShingleScore of(Map<String, String> truth, Map<String, String> predicted) {
        double precisionSum = 0;
        double recallSum = 0;
        int precisionPages = 0;
        int recallPages = 0;
        int exact = 0;
        for (Map.Entry<String, String> page : truth.entrySet()) {
            String prediction = predicted.getOrDefault(page.getKey(), "");
            Counts c = Counts.of(page.getValue(), prediction);
            if (c.tp + c.fp > 0) {
                precisionSum += c.precision();
                precisionPages++;
            }
            if (c.tp + c.fn > 0) {
                recallSum += c.recall();
                recallPages++;
            }
            if (tokens(page.getValue()).equals(tokens(prediction))) {
                exact++;
            }
        }
        return new ShingleScore(precisionPages == 0 ? 0 : precisionSum / precisionPages,
                recallPages == 0 ? 0 : recallSum / recallPages,
                (double) exact / truth.size(), truth.size());
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Multiset of token 4-grams; a text of fewer than four tokens is one short shingle, an empty text none. */
    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!shingle.isEmpty()) {
                out.merge(shingle, 1, Integer::sum);
            }
        }
        return out;
    }

    /** One page's shares of true positives, false positives and misses (they add up to 1 unless both texts are empty). */
    private record Counts(double tp, double fp, double fn) {

        static Counts of(String truth, String prediction) {
            Map<List<String>, Integer> t = shingles(truth);
            Map<List<String>, Integer> p = shingles(prediction);
            Set<List<String>> keys = new HashSet<>(t.keySet());
            keys.addAll(p.keySet());
            double tp = 0;
            double fp = 0;
            double fn = 0;
            for (List<String> k : keys) {
                int a = t.getOrDefault(k, 0);
                int b = p.getOrDefault(k, 0);
                tp += Math.min(a, b);
                fp += Math.max(0, b - a);
                fn += Math.max(0, a - b);
            }
            double sum = tp + fp + fn;
            return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
        }

        double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }
}
