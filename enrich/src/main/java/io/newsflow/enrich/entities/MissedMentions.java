package io.newsflow.enrich.entities;

import io.newsflow.schemas.EntityType;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds the occurrences of names the models left untagged, once the article shows they are names:
 * <ol>
 *   <li>Repeats: an exact repeat of a name tagged elsewhere in the body ("approach Raqqa due to
 *       heavy fighting" after three tagged "Raqqa"), and the last word of a tagged PERSON name
 *       ("Silo" after "Talal Silo"), with that mention's type.</li>
 *   <li>Contextual spellings of the curated list ("IS"), only where the article names the entity by
 *       another spelling ("Islamic State") and not in an all-capitals line ("THIS IS").</li>
 *   <li>Known names of two words or more ("Deir ez-Zor"), which are unambiguous enough to tag on sight.</li>
 * </ol>
 * An occurrence joined to another capitalised word ("Raqqa Is Being Slaughtered Silently") is part
 * of a longer name and is left alone; so is anything overlapping a tagged mention.
 */
final class MissedMentions {
    private static final int MIN_LENGTH = 2;
    // how far around a contextual spelling to look for a lower-case letter
    private static final int CASE_WINDOW = 30;

    // surnames that are also dates ("Theresa May") would tag every month of May
    private static final Set<String> CALENDAR_WORDS = Stream.concat(
                    Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
                    Arrays.stream(DayOfWeek.values()).map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
            .collect(Collectors.toUnmodifiableSet());

    private final KnownNames names;

    MissedMentions(KnownNames names) {
        this.names = names;
    }

    /** @param title "" when the article has none; @return the mentions plus the missed ones, title mentions first, each text in order */
    List<Mention> add(String title, String body, List<Mention> mentions) {
        Map<String, EntityType> repeats = new LinkedHashMap<>();
        // only body names repeat: the models mistag title-case headline words far more often
        for (Mention m : mentions.stream().filter(m -> !m.inTitle()).toList()) {
            repeats.putIfAbsent(m.text(), m.type());
            String lastWord = m.text().substring(m.text().lastIndexOf(' ') + 1);
            if (m.type() == EntityType.PERSON && !lastWord.equals(m.text()) && Character.isUpperCase(lastWord.charAt(0))
                    && !CALENDAR_WORDS.contains(lastWord)) {
                repeats.putIfAbsent(lastWord, EntityType.PERSON);
            }
        }
        Map<String, EntityType> wanted = new LinkedHashMap<>(repeats);
        names.contextual().forEach((spelling, known) -> {
            boolean named = mentions.stream().anyMatch(m -> names.curated(m.text()).filter(known::equals).isPresent());
            if (named) {
                wanted.putIfAbsent(spelling, known.type());
            }
        });

        List<Mention> all = new ArrayList<>();
        for (boolean inTitle : new boolean[] {true, false}) {
            String text = inTitle ? title : body;
            List<Mention> found = new ArrayList<>(mentions.stream().filter(m -> m.inTitle() == inTitle).toList());
            wanted.forEach((name, type) -> occurrences(text, name, inTitle, type, found, !repeats.containsKey(name)));
            knownMultiWordNames(text, inTitle, found);
            found.sort(Comparator.comparingInt(Mention::start));
            all.addAll(found);
        }
        return all;
    }

    private static void occurrences(String text, String name, boolean inTitle, EntityType type, List<Mention> found,
            boolean contextual) {
        if (name.length() < MIN_LENGTH) {
            return;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (isWhole(text, at, end) && !joinedToCapitalised(text, at, end) && free(found, inTitle, at, end)
                    && (!contextual || hasLowerCaseAround(text, at, end))) {
                found.add(new Mention(type, at, end, name, inTitle));
            }
        }
    }

    private void knownMultiWordNames(String text, boolean inTitle, List<Mention> found) {
        for (int at = 0; at < text.length(); at++) {
            if (!Character.isUpperCase(text.charAt(at)) || (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))) {
                continue;
            }
            int wordEnd = at;
            while (wordEnd < text.length() && text.charAt(wordEnd) != ' ' && text.charAt(wordEnd) != '\n') {
                wordEnd++;
            }
            Optional<KnownNameRules.KnownSpan> span = KnownNameRules.longestKnown(names, text, at, wordEnd);
            if (span.isPresent() && !joinedToCapitalised(text, at, span.get().end()) && free(found, inTitle, at, span.get().end())) {
                int end = span.get().end();
                found.add(new Mention(span.get().name().type(), at, end, text.substring(at, end), inTitle));
                at = end;
            }
        }
    }

    private static boolean isWhole(String text, int start, int end) {
        return (start == 0 || !isWordChar(text.charAt(start - 1))) && (end == text.length() || !isWordChar(text.charAt(end)));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    /** True when a capitalised word follows, or precedes within the same sentence, separated by one space. */
    private static boolean joinedToCapitalised(String text, int start, int end) {
        boolean after = end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
        if (after) {
            return true;
        }
        if (start < 2 || text.charAt(start - 1) != ' ' || !Character.isLetter(text.charAt(start - 2))) {
            return false;
        }
        int wordStart = start - 2;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        boolean sentenceStart = wordStart == 0 || text.charAt(wordStart - 1) == '\n'
                || (wordStart >= 2 && ".!?\"“".indexOf(text.charAt(wordStart - 2)) >= 0);
        return Character.isUpperCase(text.charAt(wordStart)) && !sentenceStart;
    }

    private static boolean free(List<Mention> found, boolean inTitle, int start, int end) {
        return found.stream().noneMatch(m -> m.inTitle() == inTitle && m.start() < end && start < m.end());
    }

    private static boolean hasLowerCaseAround(String text, int start, int end) {
        String around = text.substring(Math.max(0, start - CASE_WINDOW), Math.min(text.length(), end + CASE_WINDOW));
        return around.chars().anyMatch(Character::isLowerCase);
    }
}
