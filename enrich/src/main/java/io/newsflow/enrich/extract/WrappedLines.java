package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins paragraphs that a page hard-wrapped with line breaks (&lt;br&gt; inside a &lt;p&gt;), so
 * the classifier sees the sentence rather than fragments too short to look like prose. A line
 * continues the one above it when nothing separates them and the sentence visibly goes on: the
 * line above does not end a sentence and either ends with a comma or a function word ("won the")
 * or the next line starts in lower case ("which were released..."). Menus and lists of titles
 * neither end in function words nor start in lower case, so they stay apart.
 */
final class WrappedLines {

    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}[\\p{Ll}'’-]*[\\s,;:.]");

    private WrappedLines() {
    }

    /** The file's non-blank lines, normalised, wrapped paragraphs joined into one line each. */
    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        boolean afterBlank = true;
        boolean plain = TextNormalizer.isPlain(text);
        for (String line : physicalLines(text)) {
            String normal = plain ? line.strip() : TextNormalizer.line(line);
            if (normal.isEmpty()) {
                afterBlank = true;
                continue;
            }
            int last = lines.size() - 1;
            if (!afterBlank && last >= 0 && continues(lines.get(last), normal)) {
                lines.set(last, lines.get(last) + " " + normal);
            } else {
                lines.add(normal);
            }
            afterBlank = false;
        }
        return lines;
    }

    /** The text split at line breaks as {@code \\R} defines them, without a regex: this runs on every dump. */
    private static List<String> physicalLines(String text) {
        return hasOnlyNewlines(text) ? splitAtNewlines(text) : splitAtEveryBreak(text);
    }

    /** Whether a newline is the only line break in the text: each search runs over the whole text at once. */
    private static boolean hasOnlyNewlines(String text) {
        return text.indexOf('\r') < 0 && text.indexOf('\u000B') < 0 && text.indexOf('\f') < 0
                && text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
    }

    /** The usual dump: jump from one newline to the next. */
    private static List<String> splitAtNewlines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }

    private static List<String> splitAtEveryBreak(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** Whether the text's last word has two letters or more, all capitals: an abbreviation, not a word of a sentence. */
    private static boolean endsInCapitals(String text) {
        int capitals = 0;
        for (int i = text.length() - 1; i >= 0 && Character.isLetter(text.charAt(i)); i--) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
            capitals++;
        }
        return capitals >= 2;
    }

    private static boolean continues(String above, String line) {
        if (LineClassifier.endsSentence(above)) {
            return false;
        }
        if (above.endsWith(",")) {
            return true;
        }
        // "10:31 AM ET", "EST": a time zone, not the French "et" and "est" going on
        if (Words.endsInFunctionWord(above) && !endsInCapitals(above)) {
            return true;
        }
        // a widget row ("Font Size Larger Font Smaller Font") above a glued file name is no sentence
        return Character.isLowerCase(line.codePointAt(0)) && LOWER_CASE_WORD.matcher(line).lookingAt()
                && Words.of(above).hasFunctionWord();
    }
}
