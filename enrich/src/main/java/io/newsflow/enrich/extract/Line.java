package io.newsflow.enrich.extract;

/**
 * One non-blank line of a text dump with what the classifier made of it.
 *
 * @param text         normalised text, any "Read more" teaser link removed
 * @param words        word tokens
 * @param kind         the line on its own: prose, short, boilerplate
 * @param footer       the post footer this line is, or null
 * @param endsExcerpt  the line ended with a "Read more of this post" link: its post ends here
 */
record Line(String text, Tokens words, LineKind kind, PostFooter footer, boolean endsExcerpt) {

    int wordCount() {
        return words.size();
    }
}
