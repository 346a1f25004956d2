package io.newsflow.cli;

import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.ExtractedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** News files given on the command line, extracted into articles as the enrich stage would. */
final class NewsFiles {
    /** The index-th (from 1) of the {@code of} articles of a file. */
    record Article(Path file, int index, int of, ExtractedArticle article) {
    }

    private NewsFiles() {
    }

    static List<Article> articles(List<Path> files) throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> all = new ArrayList<>();
        for (Path file : files) {
            // undeclared media type: the extractor tells saved pages from text dumps by name and content;
            // bytes that are not UTF-8 are replaced rather than failing the file
            List<ExtractedArticle> articles = extractor.extract(file.getFileName().toString(), null,
                    new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            for (int i = 0; i < articles.size(); i++) {
                all.add(new Article(file, i + 1, articles.size(), articles.get(i)));
            }
        }
        return all;
    }
}
