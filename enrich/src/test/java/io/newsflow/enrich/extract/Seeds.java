package io.newsflow.enrich.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The real sample dumps in src/test/resources/seeds, extracted as the enrich stage would. */
final class Seeds {

    static final String SYRIA_SPY_AGENCIES = "000_463387caab54acbb.txt";
    static final String HAARETZ_INTELLIGENCE = "001_f18cba78f42df3c7.txt";
    static final String VOA_SHARED_INTELLIGENCE = "002_412b416cda2e9571.txt";
    static final String BLOG_SEVEN_POSTS = "003_42d5ccc6b8b7353e.txt";
    static final String RT_INTERVIEW = "004_a8f44b1e7800c4a3.txt";

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private Seeds() {
    }

    static String text(String name) {
        return resource("/seeds/" + name);
    }

    static String resource(String path) {
        try (InputStream in = Seeds.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ExtractedArticle> extract(String name) {
        return EXTRACTOR.extract(name, "text/plain", text(name));
    }

    /** The only article of a single-article seed. */
    static ExtractedArticle article(String name) {
        List<ExtractedArticle> articles = extract(name);
        if (articles.size() != 1) {
            throw new AssertionError(name + " gave " + articles.size() + " articles");
        }
        return articles.get(0);
    }
}
