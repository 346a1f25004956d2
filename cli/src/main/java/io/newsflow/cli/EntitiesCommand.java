package io.newsflow.cli;

import io.newsflow.enrich.entities.ConllScore;
import io.newsflow.enrich.entities.ConllTagger;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.entities.Recognition;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.schemas.Entity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow entities FILE...}: the entities of each article in news files, as the enrich stage
 * finds them (extraction first, so boilerplate never reaches NER); with {@code --conll}, CoNLL-2003
 * files tagged with a predicted IOB column, or scored against their gold column.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Print the people, organisations, places and other names found in news files.",
                "With --conll: read CoNLL-2003 files and write each line back with the predicted tag appended."})
final class EntitiesCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "News files (saved pages or text dumps), or CoNLL files with --conll.")
    List<Path> files;

    @Option(names = "--conll", description = "Files are CoNLL-2003 format: token first, blank line between sentences.")
    boolean conll;

    @Option(names = "--score", description = "With --conll: print entity-level precision, recall and F1 against "
            + "the gold tags in the last column instead of the tagged lines.")
    boolean score;

    @Override
    public Integer call() throws Exception {
        if (score && !conll) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--score needs --conll");
        }
        PrintWriter out = spec.commandLine().getOut();
        EntityRecognizer recognizer = EntityRecognizer.load();
        if (conll) {
            tagConll(recognizer, out);
        } else {
            printEntities(recognizer, out);
        }
        out.flush();
        return 0;
    }

    private void tagConll(EntityRecognizer recognizer, PrintWriter out) throws IOException {
        ConllTagger tagger = new ConllTagger(recognizer);
        for (Path file : files) {
            List<String> tagged = tagger.tag(Files.readAllLines(file, StandardCharsets.UTF_8));
            if (score) {
                out.printf("%s%n%s", file, ConllScore.of(tagged).report());
            } else {
                tagged.forEach(out::println);
            }
        }
    }

    private void printEntities(EntityRecognizer recognizer, PrintWriter out) throws IOException {
        for (NewsFiles.Article found : NewsFiles.articles(files)) {
            ExtractedArticle article = found.article();
            Recognition recognition = recognizer.recognize(article.title(), article.body());
            out.printf("%s [%d/%d] %s%n", found.file(), found.index(), found.of(),
                    article.title() == null ? "(untitled)" : article.title());
            for (Entity e : recognition.entities()) {
                out.printf("  %-12s %-32s x%-3d %.2f  %s%n", e.getType(), e.getCanonicalName(), e.getCount(),
                        e.getSalience(), String.join(" | ", e.getSurfaceForms()));
            }
        }
    }
}
