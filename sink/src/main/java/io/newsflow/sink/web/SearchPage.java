package io.newsflow.sink.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.schemas.EntityType;
import io.newsflow.sink.ArticleSearch;
import io.newsflow.sink.PublicationDay;
import io.newsflow.sink.StoredArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive's web page, server-rendered HTML on the JDK's HTTP server: a search box, results with
 * highlighted snippets, facets that add filters, trending entities, and an article view with its
 * entities marked. Articles are untrusted HTML: everything from them is escaped ({@link Html}),
 * and the Content-Security-Policy forbids scripts besides.
 */
public final class SearchPage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchPage.class);
    private static final int RESULTS = 20;
    private static final int TRENDING_DAYS = 7;
    private static final int TRENDING = 10;
    private static final Map<String, String> FACET_LABELS = Map.of("people", "People", "organizations", "Organisations",
            "places", "Places", "sources", "Sources");
    private static final Map<String, String> FACET_PARAMETERS = Map.of("people", "person", "organizations", "organization",
            "places", "place", "sources", "source");
    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#222}
            header{background:#1d3557;padding:.7em 1em}header a{color:#fff;font-weight:bold;text-decoration:none;margin-right:1em}
            header input[name=q]{width:28em;padding:.3em}main{display:flex;gap:2em;padding:1em}
            aside{width:17em;flex:none}aside h2{font-size:1em;margin:1em 0 .3em}aside ul{list-style:none;padding:0;margin:0}
            .filters a{background:#e9eef5;border-radius:1em;padding:.1em .6em;margin-right:.3em;text-decoration:none}
            .hit{margin-bottom:1.1em}.hit .title{font-size:1.1em}.meta{color:#666;font-size:.9em}
            em{background:#fff3a0;font-style:normal}mark{background:none}mark a{text-decoration:none;border-bottom:2px solid}
            mark.person a{color:#7b2cbf}mark.organization a{color:#0a7d33}mark.location a{color:#c1440e}mark.misc a{color:#555}
            .body{white-space:pre-wrap;max-width:48em}.error{color:#a00}
            """;

    private final ArticleSearch search;
    private final HttpServer server;
    private final ExecutorService workers;

    private SearchPage(ArticleSearch search, HttpServer server, ExecutorService workers) {
        this.search = search;
        this.server = server;
        this.workers = workers;
    }

    /** Serves the page for {@code index} on {@code host:port} (0 = any free port) until {@link #close()}. */
    public static SearchPage start(OpenSearchClient client, String index, String host, int port) throws IOException {
        // the JDK server writes headers and body separately: without TCP_NODELAY every page waits
        // ~40 ms for the browser's delayed ACK (read once, when the first server of the JVM starts)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        // a few threads: one slow store query must not block the other pages
        ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "search-page");
            thread.setDaemon(true);
            return thread;
        });
        SearchPage page = new SearchPage(new ArticleSearch(client, index), server, workers);
        server.createContext("/", page::handle);
        server.setExecutor(workers);
        server.start();
        LOG.info("Search page at {}", page.url());
        return page;
    }

    /** Where the page is, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, page("Not allowed", "<p>Only GET.</p>"));
                return;
            }
            PageParameters parameters = PageParameters.parse(exchange.getRequestURI().getRawQuery());
            String path = exchange.getRequestURI().getPath();
            try {
                switch (path) {
                    case "/" -> send(exchange, 200, searchPage(parameters));
                    case "/article" -> articlePage(exchange, parameters);
                    default -> send(exchange, 404, page("Not found", "<p>No such page.</p>"));
                }
            } catch (IllegalArgumentException badRequest) {
                send(exchange, 400, page("Bad request", "<p class=\"error\">" + Html.escape(badRequest.getMessage()) + "</p>"));
            } catch (IOException | UncheckedIOException storeDown) {
                LOG.warn("Search page: the store did not answer: {}", storeDown.toString());
                send(exchange, 502, page("Search store unavailable", "<p class=\"error\">The search store did not answer: "
                        + Html.escape(storeDown.getMessage()) + "</p>"));
            }
        }
    }

    private String searchPage(PageParameters parameters) throws IOException {
        ArticleSearch.Results results = search.search(parameters.query(RESULTS));
        StringBuilder html = new StringBuilder();
        html.append("<main><aside>");
        for (Map.Entry<String, List<ArticleSearch.Count>> facet : results.facets().entrySet()) {
            html.append("<section class=\"facet\" data-facet=\"").append(Html.escape(facet.getKey())).append("\"><h2>")
                    .append(Html.escape(FACET_LABELS.get(facet.getKey()))).append("</h2><ul>");
            for (ArticleSearch.Count count : facet.getValue()) {
                html.append("<li><a href=\"")
                        .append(Html.escape(parameters.linkWith(FACET_PARAMETERS.get(facet.getKey()), count.value())))
                        .append("\">").append(Html.escape(count.value())).append("</a> <span class=\"count\">")
                        .append(count.articles()).append("</span></li>");
            }
            html.append("</ul></section>");
        }
        html.append("<section class=\"trending\"><h2>Trending (").append(TRENDING_DAYS).append(" days of news)</h2><ul>");
        for (ArticleSearch.Trend trend : search.trending(TRENDING_DAYS, TRENDING)) {
            html.append("<li><a href=\"").append(Html.escape(entityLink(trend.name(), trend.type()))).append("\">")
                    .append(Html.escape(trend.name())).append("</a> <span class=\"count\">").append(trend.mentions())
                    .append("</span></li>");
        }
        html.append("</ul></section></aside><section id=\"results\">");
        List<Map.Entry<String, String>> filters = parameters.filters();
        if (!filters.isEmpty()) {
            html.append("<p class=\"filters\">");
            for (Map.Entry<String, String> filter : filters) {
                html.append("<a title=\"remove this filter\" href=\"")
                        .append(Html.escape(parameters.linkWithout(filter.getKey(), filter.getValue()))).append("\">")
                        .append(Html.escape(filter.getKey() + ": " + filter.getValue())).append(" ×</a>");
            }
            html.append("</p>");
        }
        html.append("<p class=\"total\">").append(results.total()).append(results.total() == 1 ? " article" : " articles")
                .append("</p><ol class=\"hits\">");
        for (ArticleSearch.Hit hit : results.hits()) {
            html.append("<li class=\"hit\"><a class=\"title\" href=\"/article?id=").append(Html.escape(PageParameters.encode(hit.id())))
                    .append("\">").append(Html.escape(hit.title() == null ? "(untitled)" : hit.title())).append("</a>")
                    .append("<div class=\"meta\">").append(Html.escape(meta(hit.fileName(), PublicationDay.of(hit.published(), hit.publishedSource()), hit.bylines())))
                    .append("</div>");
            if (hit.snippet() != null) {
                // already HTML: OpenSearch's html encoder escaped the article text around <em>
                html.append("<p class=\"snippet\">").append(hit.snippet()).append("</p>");
            }
            html.append("</li>");
        }
        html.append("</ol></section></main>");
        return page(parameters.first("q").orElse("Search"), searchBox(parameters) + html);
    }

    private void articlePage(HttpExchange exchange, PageParameters parameters) throws IOException {
        String id = parameters.first("id").orElseThrow(() -> new IllegalArgumentException("Which article? Give ?id=..."));
        Optional<StoredArticle> found = search.article(id);
        if (found.isEmpty()) {
            send(exchange, 404, page("Not found", searchBox(PageParameters.parse(null)) + "<main><p>No article "
                    + Html.escape(id) + ".</p></main>"));
            return;
        }
        StoredArticle article = found.get();
        String title = article.title() == null ? "(untitled)" : article.title();
        StringBuilder html = new StringBuilder("<main><article><h1>").append(Html.escape(title)).append("</h1>")
                .append("<div class=\"meta\">")
                .append(Html.escape(meta(article.site() == null ? article.fileName() : article.site() + " | " + article.fileName(),
                        PublicationDay.of(article.published(), article.publishedSource()), article.bylines())))
                .append("</div><p class=\"entities\">");
        for (StoredArticle.Entity entity : article.entities()) {
            html.append("<mark class=\"entity ").append(Html.escape(entity.type().toLowerCase(Locale.ROOT)))
                    .append("\"><a href=\"").append(Html.escape(entityLink(entity.canonicalName(), entity.type()))).append("\">")
                    .append(Html.escape(entity.canonicalName())).append("</a></mark> ");
        }
        html.append("</p><div class=\"body\">")
                .append(ArticleMarkup.mark(article.body(), article.entities(), e -> entityLink(e.canonicalName(), e.type())))
                .append("</div></article></main>");
        send(exchange, 200, page(title, searchBox(PageParameters.parse(null)) + html));
    }

    private static String searchBox(PageParameters parameters) {
        StringBuilder html = new StringBuilder("<header><a href=\"/\">newsflow</a><form action=\"/\" method=\"get\">")
                .append("<input type=\"search\" name=\"q\" placeholder=\"words, &quot;phrases&quot;, -excluded\" value=\"")
                .append(Html.escape(parameters.first("q").orElse(""))).append("\"> ")
                .append("<input type=\"date\" name=\"from\" title=\"published from\" value=\"")
                .append(Html.escape(parameters.first("from").orElse(""))).append("\"> ")
                .append("<input type=\"date\" name=\"to\" title=\"published until\" value=\"")
                .append(Html.escape(parameters.first("to").orElse(""))).append("\"> ");
        // a new search keeps the facet filters; the chips above the results remove them
        for (Map.Entry<String, String> filter : parameters.filters()) {
            if (!filter.getKey().equals("from") && !filter.getKey().equals("to")) {
                html.append("<input type=\"hidden\" name=\"").append(Html.escape(filter.getKey())).append("\" value=\"")
                        .append(Html.escape(filter.getValue())).append("\">");
            }
        }
        return html.append("<button type=\"submit\">Search</button></form></header>").toString();
    }

    private static String entityLink(String name, String type) {
        String parameter = type == null ? "entity" : PageParameters.TYPED.get(EntityType.valueOf(type));
        return "/?" + parameter + "=" + PageParameters.encode(name);
    }

    private static String meta(String source, String publicationDay, List<String> bylines) {
        return (source == null ? "unknown source" : source) + " | " + publicationDay
                + (bylines.isEmpty() ? "" : " | " + String.join(", ", bylines));
    }

    private static String page(String title, String content) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html.escape(title)
                + " · newsflow</title><style>" + STYLE + "</style></head><body>" + content + "</body></html>";
    }

    private static void send(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/html; charset=utf-8");
        // defence in depth: even a missed escape could not run a script or load anything
        headers.set("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
