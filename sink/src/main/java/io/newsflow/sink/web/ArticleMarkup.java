package io.newsflow.sink.web;

import io.newsflow.sink.StoredArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** An article body as HTML, every entity mention wrapped in a {@code <mark>} linking to a search for the entity. */
final class ArticleMarkup {
    private ArticleMarkup() {
    }

    private record Span(int start, int end, StoredArticle.Entity entity) {
    }

    /**
     * Escapes {@code body} and marks the mentions of {@code entities}; {@code searchLink} gives the
     * (unescaped) URL searching for an entity. Offsets outside the body and overlapping mentions
     * (the first, then longest, wins) are left unmarked.
     */
    static String mark(String body, List<StoredArticle.Entity> entities, Function<StoredArticle.Entity, String> searchLink) {
        List<Span> spans = new ArrayList<>();
        for (StoredArticle.Entity entity : entities) {
            for (StoredArticle.Mention mention : entity.mentions()) {
                if (mention.start() >= 0 && mention.start() < mention.end() && mention.end() <= body.length()) {
                    spans.add(new Span(mention.start(), mention.end(), entity));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        StringBuilder html = new StringBuilder(body.length() + spans.size() * 80);
        int at = 0;
        for (Span span : spans) {
            if (span.start() < at) {
                continue;
            }
            String type = span.entity().type().toLowerCase(Locale.ROOT);
            html.append(Html.escape(body.substring(at, span.start())))
                    .append("<mark class=\"entity ").append(Html.escape(type)).append("\" title=\"")
                    .append(Html.escape(span.entity().type() + ": " + span.entity().canonicalName())).append("\">")
                    .append("<a href=\"").append(Html.escape(searchLink.apply(span.entity()))).append("\">")
                    .append(Html.escape(body.substring(span.start(), span.end()))).append("</a></mark>");
            at = span.end();
        }
        return html.append(Html.escape(body.substring(at))).toString();
    }
}
