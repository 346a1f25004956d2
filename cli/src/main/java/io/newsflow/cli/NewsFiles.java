package io.newsflow.cli;

import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.ExtractedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** News files given on the command line, extracted into articles as the enrich stage would. */
public final class NewsFiles {
    /** The index-th (from 1) of the {@code of} articles of a file. */
    public record Article(Path file, int index, int of, ExtractedArticle article) {
    }

    private NewsFiles() {
    }

    public static List<Article> articles(List<Path> files) throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> all = new ArrayList<>();
        for (Path file : files) {
            SavedPage page = SavedPage.read(file);
            List<ExtractedArticle> articles = extractor.extract(page.name(), page.mediaType(), page.text());
            for (int i = 0; i < articles.size(); i++) {
                all.add(new Article(file, i + 1, articles.size(), articles.get(i)));
            }
        }
        return all;
    }
}
