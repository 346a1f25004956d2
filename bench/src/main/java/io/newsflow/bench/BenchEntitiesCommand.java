package io.newsflow.bench;

import io.newsflow.cli.NewsFiles;
import io.newsflow.cli.SavedPage;

import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.entities.RecognizerBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.ExtractedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench entities FILE...}: tokens per CPU-second of the entity recogniser against
 * the bare CoreNLP NER pipeline it runs, on the same article bodies in the same run.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Measure the entity recogniser's tokens per CPU-second against bare CoreNLP NER on the same articles.")
final class BenchEntitiesCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "News files (e.g. samples/seeds/*.txt).")
    List<Path> files;

    @Option(names = "--rounds", defaultValue = "10", description = "Measured passes over all articles, after one "
            + "warm-up pass (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> bodies = NewsFiles.articles(files).stream().map(a -> a.article().body()).toList();
        List<SavedPage> pages = new ArrayList<>();
        for (Path file : files) {
            pages.add(SavedPage.read(file));
        }
        EntityRecognizer recognizer = EntityRecognizer.load();
        ArticleExtractor extractor = new ArticleExtractor();
        Runnable wholeStep = () -> {
            for (SavedPage page : pages) {
                for (ExtractedArticle article : extractor.extract(page.name(), page.mediaType(), page.text())) {
                    recognizer.recognize(article.title(), article.body());
                }
            }
        };
        RecognizerBenchmark.Result result = RecognizerBenchmark.run(recognizer, bodies, rounds, wholeStep);
        out.printf("%d articles, %d tokens, %d rounds, one thread%n", bodies.size(), result.tokens(), result.rounds());
        out.printf("bare CoreNLP NER  %,8.0f tokens/CPU-s%n", result.barePerCpuS());
        out.printf("recognize()       %,8.0f tokens/CPU-s  (%.2f of bare)%n", result.recognizerPerCpuS(), result.ratio());
        out.printf("whole enrich step %,8.0f tokens/CPU-s  (%.2f of bare; extraction, then recognition with titles)%n",
                result.wholeStepPerCpuS(), result.wholeStepPerCpuS() / result.barePerCpuS());
        out.flush();
        return 0;
    }
}
