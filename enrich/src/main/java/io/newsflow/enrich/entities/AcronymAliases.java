package io.newsflow.enrich.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms the body defines as "Full Name (ACR)", e.g. "The Syrian Democratic Forces (SDF)".
 *
 * <p>The letters are not checked against the name's initials: the pattern itself is the evidence,
 * and many acronyms come from another language ("Kurdistan Workers' Party (PKK)").
 */
final class AcronymAliases {
    private static final Pattern DEFINITION = Pattern.compile("\\s?\\((\\p{Lu}[\\p{Lu}\\p{Nd}&]{1,9})\\)");

    private AcronymAliases() {
    }

    /** @return acronym key → the body mention of the name it abbreviates; the first definition wins */
    static Map<String, Mention> find(String body, List<Mention> mentions) {
        Map<String, Mention> aliases = new HashMap<>();
        for (Mention name : mentions) {
            if (name.inTitle() || NameKey.isSingleWord(NameKey.of(name.text()))) {
                continue;
            }
            Matcher definition = DEFINITION.matcher(body).region(name.end(), body.length());
            if (definition.lookingAt()) {
                aliases.putIfAbsent(NameKey.of(definition.group(1)), name);
            }
        }
        return aliases;
    }
}
