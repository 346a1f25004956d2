package io.newsflow.enrich.entities;

import io.newsflow.schemas.EntityType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * All mentions of one entity in one article: body mentions in body order, and title mentions.
 *
 * @param knownName the curated or gazetteer name of the entity, null when neither list knows it
 */
record MentionGroup(EntityType type, List<Mention> body, List<Mention> title, String knownName) {

    /** Distinct spellings in the body, in order of first appearance. */
    List<String> surfaceForms() {
        return body.stream().map(Mention::text).distinct().toList();
    }

    /**
     * The known name, so that every article indexes the entity under the same name; else the longest
     * body spelling, which is the full name rather than a surname or an acronym and keeps the "al-"
     * particle when some mention has it; ties go to the most frequent, then the earliest.
     */
    String canonicalName() {
        if (knownName != null) {
            return knownName;
        }
        Map<String, Long> counts = body.stream()
                .collect(Collectors.groupingBy(m -> m.text().strip().replaceAll("\\s+", " "),
                        LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Long> e) -> e.getKey().length())
                        .thenComparing(Map.Entry::getValue))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException("an entity needs a body mention"));
    }

    int firstStart() {
        return body.get(0).start();
    }

    static MentionGroup of(EntityType type, List<Mention> mentions, String knownName) {
        return new MentionGroup(type,
                mentions.stream().filter(m -> !m.inTitle()).toList(),
                mentions.stream().filter(Mention::inTitle).toList(),
                knownName);
    }
}
