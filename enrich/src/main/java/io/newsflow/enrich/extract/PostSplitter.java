package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a blog page into its posts. A page is multi-post when at least two lines are post
 * footers; a footer closes the post above it, and so does a "Read more of this post" teaser,
 * which ends an excerpt that has no footer of its own. A single footer is just the article's own.
 */
final class PostSplitter {

    private PostSplitter() {
    }

    static List<Post> split(List<Line> lines) {
        List<Line> footers = lines.stream().filter(l -> l.footer() != null).toList();
        if (footers.size() < 2) {
            return List.of(new Post(lines, footers.isEmpty() ? null : footers.get(0).footer()));
        }
        List<Post> posts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.footer() != null || line.endsExcerpt()) {
                posts.add(new Post(lines.subList(start, i + 1), line.footer()));
                start = i + 1;
            }
        }
        if (start < lines.size()) {
            posts.add(new Post(lines.subList(start, lines.size()), null));
        }
        return posts;
    }
}
