package io.newsflow.enrich.entities;

import io.newsflow.schemas.Entity;
import io.newsflow.schemas.EntityMention;
import io.newsflow.schemas.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Canonical names across articles, from what earlier articles taught: an article that names only
 * "Assad" or "SDF" gets "Bashar al-Assad" or "Syrian Democratic Forces" when an earlier article
 * spelled the full name, and "Bashar Assad" gets the spelling first seen ("Bashar al-Assad").
 *
 * <p>What is learnt is a set of aliases: {@code TYPE|short|<surname or acronym>} and
 * {@code TYPE|name|<name key>}, each pointing to a canonical name. A short form two different
 * people share (two Assads) becomes ambiguous (empty canonical) and is never applied. The
 * aliases live wherever the caller keeps them (in the pipeline: a compacted topic read into a
 * global store, so every instance learns from every article).
 */
public final class CrossArticleNames {
    /** An alias learnt from one article; an empty canonical name marks a short form as ambiguous. */
    public record Alias(String key, String canonicalName) {
    }

    private CrossArticleNames() {
    }

    /** The entities with canonical names from {@code known} (alias key → canonical name, null if unknown). */
    public static List<Entity> resolve(List<Entity> entities, Function<String, String> known) {
        Map<String, Entity> byName = new LinkedHashMap<>();
        for (Entity entity : entities) {
            String canonical = canonicalOf(entity, known);
            Entity renamed = canonical.equals(entity.getCanonicalName())
                    ? entity : Entity.newBuilder(entity).setCanonicalName(canonical).build();
            byName.merge(entity.getType() + "|" + canonical, renamed, CrossArticleNames::union);
        }
        List<Entity> resolved = new ArrayList<>(byName.values());
        resolved.sort(Comparator.comparingDouble(Entity::getSalience).reversed());
        return resolved;
    }

    /** Aliases the article's entities teach, given what is {@code known} already. */
    public static List<Alias> learn(List<Entity> entities, Function<String, String> known) {
        List<Alias> learnt = new ArrayList<>();
        for (Entity entity : entities) {
            String canonical = entity.getCanonicalName();
            String key = NameKey.of(canonical);
            if (NameKey.isSingleWord(key)) {
                continue;
            }
            String nameKey = nameKey(entity.getType(), key);
            if (known.apply(nameKey) == null) {
                learnt.add(new Alias(nameKey, canonical));
            }
            String chosen = Objects.requireNonNullElse(known.apply(nameKey), canonical);
            for (String shortForm : shortForms(entity, key)) {
                String shortKey = shortKey(entity.getType(), shortForm);
                String before = known.apply(shortKey);
                if (before == null) {
                    learnt.add(new Alias(shortKey, chosen));
                } else if (!before.isEmpty() && !before.equals(chosen)) {
                    learnt.add(new Alias(shortKey, ""));
                }
            }
        }
        return learnt;
    }

    private static String canonicalOf(Entity entity, Function<String, String> known) {
        String key = NameKey.of(entity.getCanonicalName());
        String found = NameKey.isSingleWord(key)
                ? known.apply(shortKey(entity.getType(), key))
                : known.apply(nameKey(entity.getType(), key));
        return found == null || found.isEmpty() ? entity.getCanonicalName() : found;
    }

    /** A person's surname, and any acronym the article used for the entity. */
    private static List<String> shortForms(Entity entity, String key) {
        LinkedHashSet<String> forms = new LinkedHashSet<>();
        if (entity.getType() == EntityType.PERSON) {
            forms.add(NameKey.lastWord(key));
        }
        for (String surface : entity.getSurfaceForms()) {
            if (surface.length() >= 2 && surface.length() <= 6 && surface.chars().allMatch(Character::isUpperCase)) {
                forms.add(NameKey.of(surface));
            }
        }
        return List.copyOf(forms);
    }

    private static String nameKey(EntityType type, String key) {
        return type + "|name|" + key;
    }

    private static String shortKey(EntityType type, String key) {
        return type + "|short|" + key;
    }

    /** Two entities of an article that turn out to be one: mentions, spellings and counts together. */
    private static Entity union(Entity a, Entity b) {
        List<EntityMention> mentions = new ArrayList<>(a.getMentions());
        mentions.addAll(b.getMentions());
        mentions.sort(Comparator.comparingInt(EntityMention::getStart));
        LinkedHashSet<String> forms = new LinkedHashSet<>(a.getSurfaceForms());
        forms.addAll(b.getSurfaceForms());
        return Entity.newBuilder(a)
                .setMentions(mentions)
                .setSurfaceForms(List.copyOf(forms))
                .setCount(a.getCount() + b.getCount())
                .setSalience(Math.max(a.getSalience(), b.getSalience()))
                .build();
    }
}
