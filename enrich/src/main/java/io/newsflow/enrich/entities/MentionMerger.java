package io.newsflow.enrich.entities;

import io.newsflow.schemas.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups the mentions of one article into entities, using only what the article itself says.
 *
 * <p>Rules, applied to each mention's {@link NameKey} (so "Bashar Assad" = "Bashar al-Assad"):
 * <ol>
 *   <li>An acronym the body defines as "Full Name (ACR)" joins that name's entity and takes its type.</li>
 *   <li>A one-word PERSON mention equal to the last word of exactly one longer PERSON name in the
 *       article joins that name ("Mekdad" → "Faisal Mekdad"); with two candidates it stays apart.</li>
 *   <li>Otherwise mentions of the same type and key form one entity.</li>
 * </ol>
 * Then an entity the {@link KnownNames} know — any curated name, places only for LOCATION entities —
 * takes the known name, so variants join ("U.S." = "United States", "Raqqa" = "Ar-Raqqah") and every
 * article names the entity the same way.
 */
final class MentionMerger {
    private record GroupId(EntityType type, String key) {
    }

    private MentionMerger() {
    }

    /** @return groups in order of first mention (title mentions first) */
    static List<MentionGroup> merge(String body, List<Mention> mentions, KnownNames names) {
        Map<String, Mention> acronyms = AcronymAliases.find(body, mentions);
        Map<String, String> surnames = surnames(mentions);
        Map<GroupId, List<Mention>> groups = new LinkedHashMap<>();
        Map<GroupId, String> knownNames = new HashMap<>();
        for (Mention m : mentions) {
            GroupId found = groupOf(m, acronyms, surnames);
            Optional<KnownName> known = names.curated(found.key())
                    .or(() -> found.type() == EntityType.LOCATION ? names.place(found.key()) : Optional.empty());
            GroupId id = known.map(k -> new GroupId(k.type(), NameKey.of(k.canonical()))).orElse(found);
            known.ifPresent(k -> knownNames.put(id, k.canonical()));
            groups.computeIfAbsent(id, key -> new ArrayList<>()).add(m);
        }
        List<MentionGroup> merged = new ArrayList<>();
        groups.forEach((id, members) -> merged.add(MentionGroup.of(id.type(), members, knownNames.get(id))));
        return merged;
    }

    private static GroupId groupOf(Mention m, Map<String, Mention> acronyms, Map<String, String> surnames) {
        String key = NameKey.of(m.text());
        Mention expansion = acronyms.get(key);
        if (expansion != null) {
            return new GroupId(expansion.type(), NameKey.of(expansion.text()));
        }
        if (m.type() == EntityType.PERSON && surnames.get(key) != null) {
            return new GroupId(EntityType.PERSON, surnames.get(key));
        }
        return new GroupId(m.type(), key);
    }

    /** Last word → the one multi-word PERSON key ending with it; null marks a surname shared by several names. */
    private static Map<String, String> surnames(List<Mention> mentions) {
        Map<String, String> fullNames = new HashMap<>();
        for (Mention m : mentions) {
            String key = NameKey.of(m.text());
            if (m.type() != EntityType.PERSON || NameKey.isSingleWord(key)) {
                continue;
            }
            String surname = NameKey.lastWord(key);
            if (fullNames.containsKey(surname) && !key.equals(fullNames.get(surname))) {
                fullNames.put(surname, null);
            } else {
                fullNames.put(surname, key);
            }
        }
        return fullNames;
    }
}
