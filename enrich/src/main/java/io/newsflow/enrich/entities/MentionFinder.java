package io.newsflow.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsflow.schemas.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Runs CoreNLP tokenize, ssplit and the two CRF NER models over a text and returns its typed name spans.
 *
 * <p>The CoreNLP settings are the ones verified in PLATFORM.md: nothing but the two CRF models is
 * loaded (no POS, SUTime, numeric or fine-grained classifiers).
 */
final class MentionFinder {
    private static final String MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /** Mentions of one text in text order, and the number of tokens read. */
    record Found(List<Mention> mentions, int tokens) {
    }

    private final StanfordCoreNLP pipeline;

    private MentionFinder(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Builds the pipeline. CoreNLP keeps built annotators in a JVM-wide cache keyed by their settings,
     * so the models are read once and every finder shares the same classifiers.
     */
    static MentionFinder load() {
        return new MentionFinder(new StanfordCoreNLP(settings()));
    }

    static Properties settings() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,ner");
        // invertible keeps each token's original text and character offsets into the input
        props.setProperty("tokenize.options", "invertible=true");
        // otherwise entities run across lines and paragraphs
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", MODELS);
        props.setProperty("ner.combinationMode", "NORMAL");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        return props;
    }

    Found find(String text, boolean inTitle) {
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        List<Mention> mentions = new ArrayList<>();
        if (document.entityMentions() != null) {
            for (CoreEntityMention found : document.entityMentions()) {
                Optional<EntityType> type = typeOf(found.entityType());
                // entity-mention building adds pronouns as PERSON although their tokens are tagged O
                if (type.isEmpty() || found.tokens().stream().anyMatch(MentionFinder::untagged)) {
                    continue;
                }
                int start = found.charOffsets().first;
                int end = found.charOffsets().second;
                // an English name has a capital somewhere ("al-Qaeda"); "interior ministry" or "incoming" is no name
                if (text.substring(start, end).chars().noneMatch(Character::isUpperCase)) {
                    continue;
                }
                mentions.add(new Mention(type.get(), start, end, text.substring(start, end), inTitle));
            }
        }
        // pronoun and other added mentions come after each sentence's NER spans, not in text order
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new Found(mentions, document.tokens().size());
    }

    /** The 3-class and CoNLL models both use the long tag names; the CoNLL short labels are mapped too. */
    static Optional<EntityType> typeOf(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return switch (tag) {
            case "PERSON", "PER" -> Optional.of(EntityType.PERSON);
            case "ORGANIZATION", "ORG" -> Optional.of(EntityType.ORGANIZATION);
            case "LOCATION", "LOC" -> Optional.of(EntityType.LOCATION);
            case "MISC" -> Optional.of(EntityType.MISC);
            default -> Optional.empty();
        };
    }

    private static boolean untagged(CoreLabel token) {
        return token.ner() == null || "O".equals(token.ner());
    }
}
