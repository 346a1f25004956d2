package io.newsflow.enrich.entities;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form two names are compared in: lower case, single spaces, Arabic article particles
 * ("al-", "el-") removed, so "Bashar al-Assad" and "Bashar Assad" compare equal.
 */
final class NameKey {
    // only the hyphenated particle: a free-standing "El" or "Al" is often a Spanish article or a given name
    private static final Pattern PARTICLE = Pattern.compile("(?<!\\p{L})(?:al|el)[-\u2010\u2011]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKey() {
    }

    static String of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SPACES.matcher(PARTICLE.matcher(lower).replaceAll("")).replaceAll(" ").strip();
    }

    static boolean isSingleWord(String key) {
        return key.indexOf(' ') < 0;
    }

    static String lastWord(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }
}
