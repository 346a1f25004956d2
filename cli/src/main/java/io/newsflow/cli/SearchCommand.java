package io.newsflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.sink.ArticleSearch;
import io.newsflow.sink.SearchStore;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow search QUERY}: matching articles with source file, date and top entities. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the articles: words (all must match), \"exact phrases\", -excluded, a | b for either."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to search for.")
    List<String> words;

    @Option(names = "--json", description = "One JSON object per result, for machines.")
    boolean json;

    @Option(names = "--size", defaultValue = "10", description = "Most results to show (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--index", defaultValue = "news-articles", description = "Index to search (default: ${DEFAULT-VALUE}).")
    String index;

    @Override
    public Integer call() throws Exception {
        String url = connection.openSearch(spec.commandLine());
        ArticleSearch search = new ArticleSearch(SearchStore.connect(url, System.getenv("NEWSFLOW_OPENSEARCH_USERNAME"),
                System.getenv("NEWSFLOW_OPENSEARCH_PASSWORD")), index);
        List<ArticleSearch.Hit> hits = search.search(String.join(" ", words), size);
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            for (ArticleSearch.Hit hit : hits) {
                out.println(mapper.writeValueAsString(hit));
            }
            return 0;
        }
        if (hits.isEmpty()) {
            out.println("No articles match.");
            return 0;
        }
        for (ArticleSearch.Hit hit : hits) {
            out.printf("%s%n  %s | %s%s%n", hit.title() == null ? "(untitled)" : hit.title(), hit.fileName(),
                    hit.published() == null ? "undated" : hit.published().substring(0, 10),
                    hit.bylines().isEmpty() ? "" : " | " + String.join(", ", hit.bylines()));
            if (!hit.topEntities().isEmpty()) {
                out.printf("  entities: %s%n", String.join(", ", hit.topEntities()));
            }
            if (hit.snippet() != null) {
                out.printf("  ...%s...%n", hit.snippet().replace("<em>", "[").replace("</em>", "]").replace('\n', ' '));
            }
        }
        return 0;
    }
}
