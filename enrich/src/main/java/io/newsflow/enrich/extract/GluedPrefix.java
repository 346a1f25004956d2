package io.newsflow.enrich.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the start of a first body line onto which a text dump glued an image's file name or
 * alt text with no space: "c_330_..._Syria99(16).jpgEuropean security officials",
 * "LafargeHolcimThe world's", "Islamic State convoy in SyriaA senior former commander".
 */
final class GluedPrefix {

    /** Alt text is a label, never a long passage. */
    private static final int MAX_PREFIX_CHARS = 160;
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i)^\\S+\\.(?:jpe?g|png|gif|webp|bmp|svg)$");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?;:\"“”]");
    /** The word the real sentence starts with: capitalised, then a space or a clause mark. */
    private static final Pattern SENTENCE_START = Pattern.compile("^\\p{Lu}[\\p{Ll}'’]*(?=[\\s,;:])");

    private GluedPrefix() {
    }

    static String repair(String line, String language) {
        int limit = Math.min(line.length() - 1, MAX_PREFIX_CHARS);
        for (int i = 1; i <= limit; i++) {
            char before = line.charAt(i - 1);
            if (!Character.isUpperCase(line.charAt(i))
                    || !(Character.isLowerCase(before) || Character.isDigit(before) || before == ')')) {
                continue;
            }
            Matcher start = SENTENCE_START.matcher(line.substring(i));
            if (start.find() && isGluedLabel(line.substring(0, i), start.group(), language)) {
                return line.substring(i);
            }
        }
        return line;
    }

    private static boolean isGluedLabel(String prefix, String firstWord, String language) {
        if (IMAGE_FILE.matcher(prefix).matches()) {
            return true;
        }
        if (SENTENCE_PUNCTUATION.matcher(prefix).find()) {
            return false;
        }
        // a single glued word is a brand ("McDonald", "iPhone") unless what follows is a function word
        return prefix.contains(" ") || StopWords.is(firstWord, language);
    }
}
