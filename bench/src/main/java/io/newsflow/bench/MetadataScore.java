package io.newsflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata accuracy on a bench suite, as ../shared/tools/meta_eval.py defines it. Each field is
 * scored only on the pages whose truth has it:
 * <ul>
 *   <li>title: exact after NFKC, case folding and whitespace collapsing (the truth's "title", or gn1's
 *       "headline", which meta_eval.py leaves out);</li>
 *   <li>byline: every gold name (split on , ; &amp; / | and "and/und/et/y/i/e", a leading "By/Von/Par/Por/Door"
 *       dropped) appears as whole words in the prediction, which is at most max(150, 3 × gold length) long;</li>
 *   <li>published: the same calendar day as the truth, read from the prediction's own YYYY-MM-DD prefix.</li>
 * </ul>
 */
final class MetadataScore {

    private static final Pattern WS = Pattern.compile("\\s+");
    private static final Pattern NAME_SPLIT = Pattern.compile(
            "\\s*[;,&/|]\\s*|\\s+(?:und|and|et|y|i|e)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_BY = Pattern.compile("^(?:by|von|par|por|door)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

    /** Right and scored, per field. */
    private final int[] titles = new int[2];
    private final int[] bylines = new int[2];
    private final int[] dates = new int[2];

    /** One page's prediction, as the bench writes it. */
    record Prediction(String title, List<String> bylines, String published) {
    }

    void add(JsonNode truth, Prediction p) {
        // gn1 calls its title "headline"
        String goldTitle = truth.has("title") ? truth.path("title").asText("") : truth.path("headline").asText("");
        if (!goldTitle.isBlank()) {
            count(titles, norm(p.title()).equals(norm(goldTitle)));
        }
        String goldByline = truth.path("byline").isTextual() ? truth.path("byline").asText() : joined(truth.path("byline"));
        if (!goldByline.isBlank()) {
            String by = norm(String.join("; ", p.bylines()));
            List<String> want = names(goldByline);
            boolean ok = !want.isEmpty() && by.length() <= Math.max(150, 3 * norm(goldByline).length())
                    && want.stream().allMatch(n -> Pattern.compile("(?<!\\w)" + Pattern.quote(n) + "(?!\\w)",
                    Pattern.UNICODE_CHARACTER_CLASS).matcher(by).find());
            count(bylines, ok);
        }
        String goldDay = day(truth.path("published").asText(null));
        if (goldDay != null) {
            count(dates, goldDay.equals(day(p.published())));
        }
    }

    /** Share right of the pages whose truth has a title; NaN when none has. */
    double title() {
        return share(titles);
    }

    double byline() {
        return share(bylines);
    }

    double published() {
        return share(dates);
    }

    private static double share(int[] tally) {
        return tally[1] == 0 ? Double.NaN : (double) tally[0] / tally[1];
    }

    private static void count(int[] tally, boolean right) {
        tally[0] += right ? 1 : 0;
        tally[1]++;
    }

    private static String joined(JsonNode names) {
        List<String> parts = new ArrayList<>();
        names.forEach(n -> parts.add(n.asText()));
        return String.join("; ", parts);
    }

    static String norm(String text) {
        String nfkc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        // Python's casefold: lower case, and the German sharp s as "ss"
        return WS.matcher(nfkc).replaceAll(" ").strip().toLowerCase(Locale.ROOT).replace("ß", "ss");
    }

    private static List<String> names(String gold) {
        List<String> out = new ArrayList<>();
        for (String part : NAME_SPLIT.split(gold)) {
            String name = strip(LEADING_BY.matcher(norm(part)).replaceFirst("").strip());
            if (!name.isEmpty() && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Python's {@code str.strip(" .-:")}. */
    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && " .-:".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && " .-:".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String day(String value) {
        Matcher m = value == null ? null : DAY.matcher(value);
        return m != null && m.find() ? m.group(1) + m.group(2) + m.group(3) : null;
    }

    /** The scores as the bench prints them, a dash for a field the suite's truth lacks. */
    static String cell(double share) {
        return Double.isNaN(share) ? "     -" : String.format(Locale.ROOT, "%6.3f", share);
    }
}
