package io.newsflow.enrich.entities;

import io.newsflow.schemas.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every occurrence of the same span the type most of its occurrences got.
 *
 * <p>The CRF models tag one word differently depending on its context: on the seeds "Raqqa" is a
 * LOCATION six times and a PERSON three times in the same article. Within one article a span
 * almost always names one thing, so the most frequent type wins. On a tie PERSON loses, because
 * PERSON is what the models guess for capitalised words they do not know (places, newspapers);
 * a remaining tie goes to the first occurrence (title first, then body order).
 */
final class TypeVote {
    private TypeVote() {
    }

    /** @param mentions title mentions then body mentions, each in text order */
    static List<Mention> apply(List<Mention> mentions) {
        Map<String, EntityType> winners = winners(mentions);
        return mentions.stream().map(m -> m.withType(winners.get(m.text()))).toList();
    }

    private static Map<String, EntityType> winners(List<Mention> mentions) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Map<String, List<EntityType>> firstSeen = new HashMap<>();
        for (Mention m : mentions) {
            votes.computeIfAbsent(m.text(), t -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum);
            List<EntityType> order = firstSeen.computeIfAbsent(m.text(), t -> new ArrayList<>());
            if (!order.contains(m.type())) {
                order.add(m.type());
            }
        }
        Map<String, EntityType> winners = new HashMap<>();
        votes.forEach((text, counts) -> {
            List<EntityType> order = firstSeen.get(text);
            Comparator<EntityType> preference = Comparator.<EntityType>comparingInt(counts::get)
                    .thenComparing(type -> type != EntityType.PERSON)
                    .thenComparing(type -> -order.indexOf(type));
            winners.put(text, order.stream().max(preference).orElseThrow());
        });
        return winners;
    }
}
