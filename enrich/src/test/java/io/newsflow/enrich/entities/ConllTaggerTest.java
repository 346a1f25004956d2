package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CoNLL-2003 in, the same lines with a predicted tag out; scored on the hand-annotated seed articles. */
class ConllTaggerTest {
    private static ConllTagger tagger;

    @BeforeAll
    static void load() {
        tagger = new ConllTagger(EntityRecognizer.load());
    }

    @Test
    void appendsOneTagPerTokenAndKeepsBoundaries() {
        List<String> conll = List.of(
                "-DOCSTART- -X- -X- O",
                "",
                "Bashar NNP B-NP B-PER",
                "al-Assad NNP I-NP I-PER",
                "met VBD B-VP O",
                "Faisal NNP B-NP B-PER",
                "Mekdad NNP I-NP I-PER",
                "in IN B-PP O",
                "Damascus NNP B-NP B-LOC",
                ". . O O",
                "",
                "Mekdad NNP B-NP B-PER",
                "told VBD B-VP O",
                "the DT B-NP O",
                "BBC NNP I-NP B-ORG",
                ". . O O",
                "");

        List<String> tagged = tagger.tag(conll);

        assertThat(tagged).containsExactly(
                "-DOCSTART- -X- -X- O",
                "",
                "Bashar NNP B-NP B-PER B-PER",
                "al-Assad NNP I-NP I-PER I-PER",
                "met VBD B-VP O O",
                "Faisal NNP B-NP B-PER B-PER",
                "Mekdad NNP I-NP I-PER I-PER",
                "in IN B-PP O O",
                "Damascus NNP B-NP B-LOC B-LOC",
                ". . O O O",
                "",
                "Mekdad NNP B-NP B-PER B-PER",
                "told VBD B-VP O O",
                "the DT B-NP O O",
                "BBC NNP I-NP B-ORG B-ORG",
                ". . O O O",
                "");
        assertThat(ConllScore.of(tagged).overall().f1()).isEqualTo(1.0);
    }

    @Test
    void documentsAreRecognisedApart() {
        // within one document the type vote would make both "Jordan" one type; across documents it must not
        List<String> tagged = tagger.tag(List.of("-DOCSTART- O", "Michael", "Jordan", "scored", ".",
                "-DOCSTART- O", "He", "flew", "to", "Jordan", "."));

        assertThat(tagged).containsExactly("-DOCSTART- O", "Michael B-PER", "Jordan I-PER", "scored O", ". O",
                "-DOCSTART- O", "He O", "flew O", "to O", "Jordan B-LOC", ". O");
    }

    /**
     * The hand-annotated evaluation set (six seed articles, see entities/seeds-eval/README.md). The rules
     * were written looking at these articles, so this is a regression floor, not a fair estimate.
     */
    @Test
    void handAnnotatedSeedArticlesScoreAtLeastTheirLastMeasuredF1() throws IOException {
        ConllScore score = ConllScore.of(tagger.tag(resourceLines("/entities/seeds-eval.conll")));

        assertThat(score.overall().f1()).isGreaterThanOrEqualTo(0.93);
    }

    /** Annotated after the rules were written; see entities/seeds-eval/README.md. */
    @Test
    void heldOutSeedArticlesScoreAtLeastTheirLastMeasuredF1() throws IOException {
        ConllScore score = ConllScore.of(tagger.tag(resourceLines("/entities/seeds-heldout.conll")));

        assertThat(score.overall().f1()).isGreaterThanOrEqualTo(0.92);
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = ConllTaggerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
