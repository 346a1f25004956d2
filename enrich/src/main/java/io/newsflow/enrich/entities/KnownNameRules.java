package io.newsflow.enrich.entities;

import io.newsflow.schemas.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects the models' spans and types with the {@link KnownNames}, before the type vote:
 * <ol>
 *   <li>Span: a mention that is the start of a longer known name grows to cover it ("Deir" of
 *       "Deir ez-Sor", "Islamic" of "Islamic State") and takes its type; mentions it swallows go.</li>
 *   <li>Curated type: a curated name gets the curated type (the models type "El Periódico",
 *       "Charlie Hebdo" or "Sinai" PERSON).</li>
 *   <li>Places typed PERSON: a known place tagged PERSON becomes LOCATION when the article supports
 *       it — some occurrence follows a place preposition ("in Raqqa") — and nothing speaks for a
 *       person: no PERSON name of the article contains it as a word ("Michael Jordan"), no occurrence
 *       follows a title ("Mr", "President").</li>
 * </ol>
 */
final class KnownNameRules {
    // the longest curated spelling: "Islamic State of Iraq and the Levant"
    private static final int MAX_WORDS = 7;
    // a word with its inner hyphens, apostrophes and periods: "ez-Sor", "d'Esquadra", "U.S."
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.\\-]*");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "to", "into", "near", "outside",
            "around", "toward", "towards", "across", "at", "via", "inside");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sir", "president", "minister",
            "general", "gen", "king", "queen", "prince", "sheikh", "spokesman", "spokeswoman");

    private final KnownNames names;

    KnownNameRules(KnownNames names) {
        this.names = names;
    }

    /** @param mentions title and body mentions; offsets of each index into its own text */
    List<Mention> apply(String title, String body, List<Mention> mentions) {
        List<Mention> typed = extend(title, body, mentions).stream()
                .map(m -> names.curated(m.text()).map(known -> m.withType(known.type())).orElse(m))
                .toList();
        return retypePlaces(title, body, typed);
    }

    private List<Mention> extend(String title, String body, List<Mention> mentions) {
        List<Mention> extended = new ArrayList<>();
        for (Mention m : mentions) {
            String text = m.inTitle() ? title : body;
            extended.add(longestKnown(names, text, m.start(), m.end())
                    .map(span -> new Mention(span.name().type(), m.start(), span.end(),
                            text.substring(m.start(), span.end()), m.inTitle()))
                    .orElse(m));
        }
        // a grown mention swallows the mentions that start inside it ("Deir" + "ez-Sor")
        return extended.stream()
                .filter(m -> extended.stream().noneMatch(other -> other != m && other.inTitle() == m.inTitle()
                        && other.start() <= m.start() && m.start() < other.end() && other.end() - other.start() > m.end() - m.start()))
                .toList();
    }

    /** A known name found in a text, ending at {@code end}. */
    record KnownSpan(KnownName name, int end) {
    }

    /** The longest known name of up to {@link #MAX_WORDS} words that starts at {@code start} and ends after {@code minEnd}. */
    static Optional<KnownSpan> longestKnown(KnownNames names, String text, int start, int minEnd) {
        List<Integer> ends = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        int at = start;
        for (int words = 0; words < MAX_WORDS && word.find(at) && word.start() == at; words++) {
            int end = word.end();
            ends.add(end);
            // a sentence's full stop is not part of the name, but "U.S." keeps its last period
            if (text.charAt(end - 1) == '.') {
                ends.add(end - 1);
            }
            if (end + 1 >= text.length() || text.charAt(end) != ' ') {
                break;
            }
            at = end + 1;
        }
        return ends.stream()
                .filter(end -> end > minEnd)
                .sorted((a, b) -> b - a)
                .flatMap(end -> names.any(text.substring(start, end)).map(n -> new KnownSpan(n, end)).stream())
                .findFirst();
    }

    private List<Mention> retypePlaces(String title, String body, List<Mention> mentions) {
        Set<String> personWords = new HashSet<>();
        for (Mention m : mentions) {
            String key = NameKey.of(m.text());
            if (m.type() == EntityType.PERSON && !NameKey.isSingleWord(key)) {
                personWords.addAll(List.of(key.split(" ")));
            }
        }
        Map<String, Boolean> placeContext = new HashMap<>();
        Set<String> titled = new HashSet<>();
        for (Mention m : mentions) {
            String before = wordBefore(m.inTitle() ? title : body, m.start());
            String key = NameKey.of(m.text());
            placeContext.merge(key, PLACE_PREPOSITIONS.contains(before), Boolean::logicalOr);
            if (TITLES.contains(before)) {
                titled.add(key);
            }
        }
        return mentions.stream().map(m -> {
            String key = NameKey.of(m.text());
            boolean place = m.type() == EntityType.PERSON && names.any(m.text()).filter(n -> n.type() == EntityType.LOCATION).isPresent();
            boolean person = titled.contains(key) || (NameKey.isSingleWord(key) && personWords.contains(key));
            return place && placeContext.get(key) && !person ? m.withType(EntityType.LOCATION) : m;
        }).toList();
    }

    /** The lower-case word just before {@code start}, or "" at the start of a text or after punctuation. */
    private static String wordBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        String word = text.substring(begin, end).toLowerCase(Locale.ROOT);
        // "Mr." and "Dr." end with a period
        return word.isEmpty() && end > 0 && text.charAt(end - 1) == '.' ? wordBefore(text, end - 1) : word;
    }
}
