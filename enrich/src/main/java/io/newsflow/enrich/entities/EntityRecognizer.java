package io.newsflow.enrich.entities;

import io.newsflow.schemas.Entity;
import io.newsflow.schemas.EntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the named entities of an article and merges their mentions under canonical names.
 *
 * <p>Steps: CoreNLP NER on the title and the body ({@link MentionFinder}), spans and types corrected
 * with the curated names and the gazetteer ({@link KnownNameRules}), untagged repeats and contextual
 * spellings added ({@link MissedMentions}), one type per span ({@link TypeVote}), name merging under
 * canonical names ({@link MentionMerger}), then {@link Salience}.
 * Entities named only in the title are left out: an entity's mentions index into the body.
 *
 * <p>Threads: {@link #recognize} keeps no state between calls and is meant for one thread at a
 * time per instance. The CRF classifiers are loaded once per JVM and shared by every instance
 * (CoreNLP caches annotators by their settings), so one instance per stream thread costs no
 * extra model memory; CoreNLP itself runs a shared annotator from several threads.
 */
public final class EntityRecognizer {
    private static final Logger LOG = LoggerFactory.getLogger(EntityRecognizer.class);

    private final MentionFinder finder;
    private final KnownNames names = KnownNames.shipped();
    private final KnownNameRules rules = new KnownNameRules(names);
    private final MissedMentions missed = new MissedMentions(names);

    private EntityRecognizer(MentionFinder finder) {
        this.finder = finder;
    }

    /** Loads the CRF models from the classpath (a few seconds). One instance per stream thread. */
    public static EntityRecognizer load() {
        long started = System.nanoTime();
        EntityRecognizer recognizer = new EntityRecognizer(MentionFinder.load());
        LOG.info("NER models ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        return recognizer;
    }

    /** Entities of one article: title may be null; body is paragraphs separated by "\n\n". Offsets index into body. */
    public Recognition recognize(String title, String body) {
        Objects.requireNonNull(body, "body");
        if (body.isBlank()) {
            return new Recognition(List.of(), 0);
        }
        MentionFinder.Found inBody = finder.find(body, false);
        MentionFinder.Found inTitle = title == null || title.isBlank()
                ? new MentionFinder.Found(List.of(), 0)
                : finder.find(title, true);

        List<Mention> found = new ArrayList<>(inTitle.mentions());
        found.addAll(inBody.mentions());
        String titleText = title == null ? "" : title;
        List<Mention> mentions = missed.add(titleText, body, rules.apply(titleText, body, found));
        List<MentionGroup> groups = MentionMerger.merge(body, TypeVote.apply(mentions), names).stream()
                .filter(g -> !g.body().isEmpty())
                .toList();
        double[] salience = Salience.of(groups, body.length());

        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            ranked.add(new Ranked(groups.get(i), salience[i]));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::salience).reversed()
                .thenComparingInt(r -> r.group().firstStart()));
        return new Recognition(ranked.stream().map(Ranked::toEntity).toList(), inBody.tokens() + inTitle.tokens());
    }

    private record Ranked(MentionGroup group, double salience) {
        Entity toEntity() {
            return Entity.newBuilder()
                    .setType(group.type())
                    .setCanonicalName(group.canonicalName())
                    .setSurfaceForms(group.surfaceForms())
                    .setMentions(group.body().stream()
                            .map(m -> new EntityMention(m.start(), m.end(), m.text()))
                            .toList())
                    .setCount(group.body().size())
                    .setSalience(salience)
                    .build();
        }
    }
}
