package io.newsflow.enrich.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words dates, bylines and page furniture are written with, one resource file per language in
 * {@code lang/} (see its README): month and day names, "By", "and", "Read more", "All rights reserved". The languages are those {@code
 * lang/languages.txt} lists; all are read once, on first use.
 */
final class Vocabulary {

    static final int MONTHS = 12;
    private static final String FOLDER = "lang/";

    /** One language's words, all in lower case. */
    record Language(String code, List<List<String>> fullMonths, List<List<String>> abbreviatedMonths,
                    List<String> weekdays, List<String> daySuffixes, List<String> dateOf, List<String> by,
                    List<String> authorLabels, List<String> and, List<String> on, List<String> forWords,
                    List<String> published, Map<String, List<String>> phrases) {

        /** Month {@code month}'s names, 1 to 12: in full, then abbreviated. */
        List<String> monthNames(int month) {
            List<String> names = new ArrayList<>(fullMonths.get(month - 1));
            names.addAll(abbreviatedMonths.get(month - 1));
            return names;
        }

        /** Every month's names, in full and abbreviated. */
        List<String> monthNames() {
            List<String> names = new ArrayList<>();
            for (int month = 1; month <= MONTHS; month++) {
                names.addAll(monthNames(month));
            }
            return names;
        }

        /** The language's furniture phrases of one kind, the key they have in its file ("furniture", "read-more"); empty if none. */
        List<String> phrases(String kind) {
            return phrases.getOrDefault(kind, List.of());
        }
    }

    /** The keys of furniture phrases a file may have: see the README. */
    static final List<String> PHRASE_KINDS = List.of("furniture", "furniture-start", "furniture-lines", "furniture-labels", "link-labels",
            "tags", "comment-prompts", "comments", "comment-counts", "other-stories", "more-from", "read-more");

    private static final Map<String, Language> LANGUAGES = load();
    /** Every month's name or abbreviation in every language, to its number: the names agree between languages. */
    private static final Map<String, Integer> MONTH_NUMBERS = monthNumbers();
    /** Months' abbreviations that are no month's full name in any language ("mai" is German's May, Portugal's "mai."). */
    private static final Set<String> ABBREVIATIONS = abbreviations();

    private Vocabulary() {
    }

    /** The languages in the order {@code languages.txt} lists them. */
    static Collection<Language> languages() {
        return LANGUAGES.values();
    }

    static Language language(String code) {
        return LANGUAGES.get(code);
    }

    /** The month {@code name} is, 1 to 12, in any language and case, with or without a final full stop; 0 if none. */
    static int month(String name) {
        return MONTH_NUMBERS.getOrDefault(monthKey(name), 0);
    }

    /** Whether {@code name} is a month's abbreviation ("Oct", "févr") and no language's full name of one. */
    static boolean isAbbreviation(String name) {
        return ABBREVIATIONS.contains(monthKey(name));
    }

    /** A month's name as the tables hold it: lower case, without the full stop that may end it. */
    private static String monthKey(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    }

    /** Every language's words of one kind, without repeats. */
    static Set<String> all(Function<Language, List<String>> words) {
        Set<String> all = new LinkedHashSet<>();
        for (Language language : LANGUAGES.values()) {
            all.addAll(words.apply(language));
        }
        return all;
    }

    /**
     * A regex alternation of {@code words}, longest first so that "sept" is tried before "sep", each
     * matched literally with any blank between its words: {@code (?:september|sept|sep)}.
     */
    static String alternation(Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(word -> Arrays.stream(word.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static Map<String, Integer> monthNumbers() {
        Map<String, Integer> numbers = new HashMap<>();
        for (Language language : LANGUAGES.values()) {
            for (int month = 1; month <= MONTHS; month++) {
                for (String name : language.monthNames(month)) {
                    Integer before = numbers.put(name, month);
                    if (before != null && before != month) {
                        throw new IllegalStateException("'" + name + "' is month " + before + " and " + month);
                    }
                }
            }
        }
        return Map.copyOf(numbers);
    }

    private static Set<String> abbreviations() {
        Set<String> abbreviations = all(language -> language.abbreviatedMonths().stream().flatMap(List::stream).toList());
        abbreviations.removeAll(all(language -> language.fullMonths().stream().flatMap(List::stream).toList()));
        return Set.copyOf(abbreviations);
    }

    private static Map<String, Language> load() {
        Map<String, Language> languages = new LinkedHashMap<>();
        for (String line : read("languages.txt").split("\n")) {
            String code = line.strip();
            if (!code.isEmpty() && !code.startsWith("#")) {
                languages.put(code, parse(code, read(code + ".properties")));
            }
        }
        return languages;
    }

    private static Language parse(String code, String text) {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> full = new ArrayList<>();
        List<List<String>> abbreviated = new ArrayList<>();
        for (int month = 1; month <= MONTHS; month++) {
            String value = p.getProperty("month." + month);
            if (value == null) {
                throw new IllegalStateException(code + ".properties lacks month." + month);
            }
            int bar = value.indexOf('|');
            full.add(words(bar < 0 ? value : value.substring(0, bar)));
            abbreviated.add(words(bar < 0 ? "" : value.substring(bar + 1)));
        }
        return new Language(code, List.copyOf(full), List.copyOf(abbreviated), list(p, "weekdays"),
                list(p, "day-suffixes"), list(p, "date-of"), list(p, "by"), list(p, "author-labels"), list(p, "and"),
                list(p, "on"), list(p, "for"), list(p, "published"), phrases(p));
    }

    private static Map<String, List<String>> phrases(Properties p) {
        Map<String, List<String>> phrases = new HashMap<>();
        for (String kind : PHRASE_KINDS) {
            phrases.put(kind, list(p, kind));
        }
        return Map.copyOf(phrases);
    }

    private static List<String> list(Properties p, String key) {
        return words(p.getProperty(key, ""));
    }

    /** "Jan, Jän" → [jan, jän]: the comma-separated words, in lower case, blanks collapsed. */
    private static List<String> words(String value) {
        return Arrays.stream(value.split(","))
                .map(word -> word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static String read(String name) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + FOLDER + name);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().collect(Collectors.joining("\n"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
