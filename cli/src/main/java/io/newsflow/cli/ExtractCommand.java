package io.newsflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.ExtractedArticle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow extract FILE...}: the articles the enrich stage would find in each file, without Kafka. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the articles found in saved pages (.html) or text dumps (.txt), optionally gzipped:"
                + " title, byline, date and clean body."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to extract.")
    List<Path> files;

    @Option(names = "--json", description = "One JSON object per article, for machines.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ArticleExtractor extractor = new ArticleExtractor();
        ObjectMapper mapper = new ObjectMapper();
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            SavedPage page = SavedPage.read(file);
            List<ExtractedArticle> articles = extractor.extract(page.name(), page.mediaType(), page.text());
            if (articles.isEmpty() && !json) {
                out.printf("== %s: no article found%n%n", file);
            }
            for (int part = 0; part < articles.size(); part++) {
                ExtractedArticle article = articles.get(part);
                if (json) {
                    out.println(mapper.writeValueAsString(asJson(file, part, article)));
                } else {
                    print(out, file, part, articles.size(), article);
                }
            }
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> asJson(Path file, int part, ExtractedArticle article) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("part", part);
        json.put("title", article.title());
        json.put("byline", article.bylines());
        json.put("published", article.published() == null ? null : article.published().toString());
        json.put("publishedSource", article.publishedSource().name());
        json.put("site", article.site());
        json.put("language", article.language());
        json.put("body", article.body());
        return json;
    }

    private static void print(PrintWriter out, Path file, int part, int parts, ExtractedArticle article) {
        out.printf("== %s%s%n", file, parts > 1 ? " (" + (part + 1) + "/" + parts + ")" : "");
        out.printf("title:     %s%n", article.title() == null ? "(none)" : article.title());
        out.printf("byline:    %s%n", article.bylines().isEmpty() ? "(none)" : String.join(", ", article.bylines()));
        out.printf("published: %s%n", article.published() == null ? "(none)"
                : article.published() + " (" + article.publishedSource().name().toLowerCase(Locale.ROOT) + ")");
        if (article.site() != null) {
            out.printf("site:      %s%n", article.site());
        }
        out.printf("language:  %s%n%n%s%n%n", article.language() == null ? "(unknown)" : article.language(),
                article.body());
    }
}
