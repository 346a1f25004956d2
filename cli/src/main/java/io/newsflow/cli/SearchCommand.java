package io.newsflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.EntityType;
import io.newsflow.sink.ArticleSearch;
import io.newsflow.sink.PublicationDay;
import io.newsflow.sink.SearchQuery;
import io.newsflow.sink.StoreAccess;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow search [QUERY] [filters]}: matching articles with source file, date and top entities. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the articles: words (all must match), \"exact phrases\", -excluded, a | b for either;",
                "filters narrow the matches. Without words: the newest articles passing the filters."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "What to search for.")
    List<String> words = new ArrayList<>();

    @Option(names = "--entity", paramLabel = "NAME",
            description = "Only articles naming this entity (canonical name, exact; repeat for several).")
    List<String> entities = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", description = "With --entity: only as a ${COMPLETION-CANDIDATES}; "
            + "alone: articles naming any entity of that type.")
    EntityType type;

    @Option(names = "--source", paramLabel = "NAME", description = "Only articles from this site or dropped file name.")
    String source;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only articles published on or after this day (UTC).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only articles published on or before this day (UTC).")
    LocalDate to;

    @Option(names = "--json", description = "One JSON object per result, for machines.")
    boolean json;

    @Option(names = "--size", defaultValue = "10", description = "Most results to show (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--index", defaultValue = "news-articles", description = "Index to search (default: ${DEFAULT-VALUE}).")
    String index;

    @Override
    public Integer call() throws Exception {
        String url = connection.openSearch(spec.commandLine());
        ArticleSearch search = new ArticleSearch(connection.openSearchClient(url), index);
        SearchQuery query = SearchQuery.of(String.join(" ", words)).withSource(source).withDates(from, to).withSize(size);
        for (String entity : entities) {
            query = query.withEntity(entity, type);
        }
        if (entities.isEmpty() && type != null) {
            query = query.withEntity(null, type);
        }
        ArticleSearch.Results results;
        try {
            results = search.search(query);
        } catch (IOException | RuntimeException e) {
            throw StoreAccess.refusal(e, url).<Exception>map(IllegalStateException::new).orElse(e);
        }
        List<ArticleSearch.Hit> hits = results.hits();
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
                    PublicationDay.of(hit.published(), hit.publishedSource()),
                    hit.bylines().isEmpty() ? "" : " | " + String.join(", ", hit.bylines()));
            if (!hit.topEntities().isEmpty()) {
                out.printf("  entities: %s%n", String.join(", ", hit.topEntities()));
            }
            if (hit.snippet() != null) {
                out.printf("  ...%s...%n", plain(hit.snippet()).replace('\n', ' '));
            }
        }
        if (results.total() > hits.size()) {
            out.printf("(%d of %d articles; --size shows more)%n", hits.size(), results.total());
        }
        return 0;
    }

    /** A snippet as terminal text: matches in [brackets], the article text unescaped (it holds no other tags). */
    private static String plain(String snippetHtml) {
        return snippetHtml.replace("<em>", "[").replace("</em>", "]").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/")
                .replace("&amp;", "&");
    }
}
