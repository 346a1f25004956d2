package io.newsflow.enrich.extract;

import io.newsflow.schemas.DateSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Extracts articles from a plain-text dump of a web page, line by line. */
final class TextArticleExtractor {

    static final String NAME = "text-lines";

    /** A headline has a few words and does not end like a sentence. */
    private static final int TITLE_MIN_WORDS = 3;
    private static final int TITLE_MAX_WORDS = 30;
    private static final int MIN_PROSE_ABOVE_COMMENTS = 50;

    List<ExtractedArticle> extract(String text) {
        List<String> raw = WrappedLines.of(text);
        LineClassifier classifier = new LineClassifier(raw);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            lines.add(toLine(i, raw.get(i), classifier));
        }
        Map<String, Integer> nameLines = new HashMap<>();
        raw.stream().filter(Bylines::looksLikeName).forEach(s -> nameLines.merge(s, 1, Integer::sum));

        List<ExtractedArticle> articles = new ArrayList<>();
        for (Post post : PostSplitter.split(lines)) {
            ExtractedArticle article = extract(post, classifier.language(), nameLines);
            if (article != null) {
                articles.add(article);
            }
        }
        return articles;
    }

    private static Line toLine(int index, String s, LineClassifier classifier) {
        PostFooter footer = PostFooter.parse(s);
        String withoutTeaser = ReadMoreTeaser.strip(s, classifier.lowerCase(index));
        String text = withoutTeaser == null ? s : withoutTeaser;
        List<String> words = withoutTeaser == null ? classifier.words(index) : Words.of(text);
        LineKind kind = footer != null ? LineKind.BOILERPLATE : classifier.classify(index, text, words);
        return new Line(text, words, kind, footer, withoutTeaser != null);
    }

    private static ExtractedArticle extract(Post post, String fileLanguage, Map<String, Integer> nameLines) {
        List<Line> lines = beforeComments(post.lines());
        List<BodyRun> blocks = BodyRun.blocks(lines);
        List<String> paragraphs = new ArrayList<>();
        List<List<String>> paragraphWords = new ArrayList<>();
        int[] letters = new int[Script.values().length];
        int bodyStart = blocks.isEmpty() ? lines.size() : blocks.get(0).from();
        // a file with no prose at all still has its non-furniture lines as body
        List<BodyRun> body = blocks.isEmpty() ? List.of(new BodyRun(0, lines.size())) : blocks;
        for (BodyRun block : body) {
            List<Line> run = lines.subList(block.from(), block.to());
            for (int i = 0; i < run.size(); i++) {
                Line line = run.get(i);
                if (line.kind() == LineKind.OTHER_STORIES_START) {
                    i = articleResumes(run, i) - 1;
                } else if (line.kind() != LineKind.BOILERPLATE) {
                    paragraphs.add(line.text());
                    paragraphWords.add(line.words());
                    Script.count(line.text(), letters);
                }
            }
        }
        if (paragraphs.isEmpty()) {
            return null;
        }
        String bodyLanguage = LanguageGuesser.guess(Script.dominant(letters), paragraphWords);
        String language = bodyLanguage != null ? bodyLanguage : fileLanguage;
        paragraphs.set(0, GluedPrefix.repair(paragraphs.get(0), language));

        List<Line> above = lines.subList(0, bodyStart);
        Instant published;
        DateSource source;
        if (post.footer() != null) {
            published = post.footer().published();
            source = DateSource.FOOTER;
        } else {
            published = Dateline.find(above, paragraphs.get(0));
            source = published == null ? DateSource.NONE : DateSource.DATELINE;
        }
        List<String> bylines = post.footer() != null ? post.footer().bylines() : bylines(above, nameLines);
        return new ExtractedArticle(title(above), bylines, published, source, null, language, paragraphs,
                NAME, lines.size(), paragraphs.size());
    }

    /**
     * Where the article goes on after a list of other stories that starts at {@code heading}: at
     * the next two prose lines in a row. Teasers alternate a headline and at most one line of
     * summary, so a list at the end of the article runs to the end of the block.
     */
    private static int articleResumes(List<Line> run, int heading) {
        for (int i = heading + 1; i + 1 < run.size(); i++) {
            if (run.get(i).kind() == LineKind.PROSE && run.get(i + 1).kind() == LineKind.PROSE) {
                return i;
            }
        }
        return run.size();
    }

    /**
     * The lines above the readers' comments. A comments heading counts only below some prose:
     * near the top it is the "12 comments" link beside the byline, and the article is still to come.
     */
    private static List<Line> beforeComments(List<Line> lines) {
        int proseWords = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind() == LineKind.COMMENTS_START && proseWords >= MIN_PROSE_ABOVE_COMMENTS) {
                return lines.subList(0, i);
            }
            if (line.kind() == LineKind.PROSE) {
                proseWords += line.wordCount();
            }
        }
        return lines;
    }

    /** The first prominent line above the body that is neither furniture nor a sentence. */
    private static String title(List<Line> above) {
        for (Line line : above) {
            if (line.kind() != LineKind.BOILERPLATE && line.wordCount() >= TITLE_MIN_WORDS
                    && line.wordCount() <= TITLE_MAX_WORDS && !line.text().endsWith(".")
                    && !Bylines.looksLikeName(line.text()) && Bylines.ofBylineLine(line.text()).isEmpty()) {
                return line.text();
            }
        }
        return null;
    }

    /**
     * A byline above the body ("By Jane Doe", "Posted by X on DATE", "Jane Doe | Reuters"), or a
     * name line the page repeats (the dump of a byline box).
     */
    private static List<String> bylines(List<Line> above, Map<String, Integer> nameLines) {
        for (Line line : above) {
            String s = line.text();
            if (line.wordCount() <= 12) {
                List<String> names = Bylines.ofBylineLine(s);
                if (!names.isEmpty()) {
                    return names;
                }
            }
            if (nameLines.getOrDefault(s, 0) > 1 && !BoilerplatePhrases.isBoilerplate(s, line.words(), null)) {
                return Bylines.parse(s);
            }
        }
        return List.of();
    }
}
