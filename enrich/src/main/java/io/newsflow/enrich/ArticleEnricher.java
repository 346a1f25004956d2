package io.newsflow.enrich;

import io.newsflow.enrich.entities.CrossArticleNames;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.entities.Recognition;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.MixedEncoding;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.DateSource;
import io.newsflow.schemas.Entity;
import io.newsflow.schemas.ExtractionStats;
import io.newsflow.schemas.RawFile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.List;
import java.util.function.Supplier;

/**
 * One dropped file in, its enriched articles out: decodes the text, extracts the articles
 * (several for a multi-post page) and tags each body with named entities. Kafka-free, so it
 * is tested and benchmarked on its own; the topology only wires it.
 */
public final class ArticleEnricher {
    public static final String VERSION = versionOf(ArticleEnricher.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ArticleExtractor extractor;
    private final Supplier<EntityRecognizer> recognizer;
    private final Clock clock;

    /**
     * @param recognizer gives the recogniser of the calling thread (recognisers are not shared
     *                   between threads)
     */
    public ArticleEnricher(ArticleExtractor extractor, Supplier<EntityRecognizer> recognizer, Clock clock) {
        this.extractor = extractor;
        this.recognizer = recognizer;
        this.clock = clock;
    }

    /** An enricher with one recogniser per calling thread, loaded on first use. */
    public static ArticleEnricher withRecognizerPerThread() {
        ThreadLocal<EntityRecognizer> perThread = ThreadLocal.withInitial(EntityRecognizer::load);
        return new ArticleEnricher(new ArticleExtractor(), perThread::get, Clock.systemUTC());
    }

    /** The file's articles and the names they teach; no articles when it holds no article text. */
    /** ... and the CPU time the entity recogniser took on them ({@code nerCpuNanos}), for the stage's metrics. */
    public record Enriched(List<Article> articles, List<CrossArticleNames.Alias> aliases, long nerCpuNanos) {
    }

    /**
     * The file's articles, their entities under the canonical names earlier articles taught
     * ({@code knownAliases}: alias key → canonical name, null when unknown; see {@link CrossArticleNames}).
     */
    public Enriched enrich(RawFile raw, Function<String, String> knownAliases) {
        Map<String, String> learnt = new HashMap<>();
        // a later post of the same page already knows what an earlier one taught
        Function<String, String> known = key -> learnt.containsKey(key) ? learnt.get(key) : knownAliases.apply(key);
        List<CrossArticleNames.Alias> aliases = new ArrayList<>();
        String text = decode(raw);
        List<ExtractedArticle> extracted = extractor.extract(raw.getFileName(), raw.getMediaType(), text);
        List<Article> articles = new ArrayList<>(extracted.size());
        long nerCpuNanos = 0;
        for (int part = 0; part < extracted.size(); part++) {
            ExtractedArticle article = extracted.get(part);
            String body = article.body();
            long nerStart = THREADS.getCurrentThreadCpuTime();
            Recognition entities = recognizer.get().recognize(article.title(), body);
            nerCpuNanos += THREADS.getCurrentThreadCpuTime() - nerStart;
            List<Entity> named = CrossArticleNames.resolve(entities.entities(), known);
            for (CrossArticleNames.Alias alias : CrossArticleNames.learn(named, known)) {
                learnt.put(alias.key(), alias.canonicalName());
                aliases.add(alias);
            }
            boolean dated = article.published() != null;
            articles.add(Article.newBuilder()
                    .setId(raw.getId() + "-" + part)
                    .setRawId(raw.getId())
                    .setPartIndex(part)
                    .setPartCount(extracted.size())
                    .setFileName(raw.getFileName())
                    .setTitle(article.title())
                    .setBylines(article.bylines())
                    // the ingest time stands in only when the page gives no date, and says so
                    .setPublished(dated ? article.published().instant() : raw.getIngestTime())
                    .setPublishedLocal(dated ? article.published().toString() : null)
                    .setPublishedSource(dated ? article.publishedSource() : DateSource.INGEST_TIME)
                    .setSite(article.site())
                    .setLanguage(article.language())
                    .setBody(body)
                    .setEntities(named)
                    .setStats(ExtractionStats.newBuilder()
                            .setExtractor(article.extractor())
                            .setInputChars(text.length())
                            .setBodyChars(body.length())
                            .setBlocksTotal(article.blocksTotal())
                            .setBlocksKept(article.blocksKept())
                            .setTokens(entities.tokens())
                            .build())
                    .setIngestTime(raw.getIngestTime())
                    .setEnrichTime(clock.instant())
                    .setPipelineVersion(VERSION)
                    .build());
        }
        return new Enriched(articles, aliases, nerCpuNanos);
    }

    static String decode(RawFile raw) {
        Charset charset;
        try {
            charset = raw.getCharset() == null ? StandardCharsets.UTF_8 : Charset.forName(raw.getCharset());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("File " + raw.getFileName() + " declares charset '" + raw.getCharset()
                    + "', which this Java runtime cannot decode; re-save it as UTF-8 and drop it again.", e);
        }
        ByteBuffer content = raw.getContent().duplicate();
        // ingest names Windows-1252 for files that are not UTF-8 and declare nothing else: some mix in UTF-8 parts
        String text = charset.equals(MixedEncoding.WINDOWS_1252) ? MixedEncoding.decode(content)
                : charset.decode(content).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String versionOf(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
