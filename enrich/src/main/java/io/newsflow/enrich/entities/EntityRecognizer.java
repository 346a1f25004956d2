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
 * <p>Steps: CoreNLP NER on the title and the body ({@link MentionFinder}), one type per span
 * ({@link TypeVote}), in-article name merging ({@link MentionMerger}), then {@link Salience}.
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

        List<Mention> mentions = new ArrayList<>(inTitle.mentions());
        mentions.addAll(inBody.mentions());
        List<MentionGroup> groups = MentionMerger.merge(body, TypeVote.apply(mentions)).stream()
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
