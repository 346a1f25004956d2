package io.newsflow.enrich.extract;

/** What a line of a text dump looks like on its own, before its neighbours are considered. */
enum LineKind {
    /** A prose sentence line: long, punctuated, full of function words. */
    PROSE,
    /** A short sentence ("More are trying, despite tighter border controls."). */
    SHORT_SENTENCE,
    /** A short unpunctuated line: headline, subheading, name, label. Body only inside a body run. */
    SHORT,
    /** Furniture: widgets, share rows, prompts, footers, repeats, other scripts. */
    BOILERPLATE,
    /** The heading of the readers' comments ("34 responses to ...", "Top Rated Comments"): body ends above it. */
    COMMENTS_START,
    /** The heading of a list of other stories ("More Washington Examiner", "You may also like"): a body run ends above it. */
    OTHER_STORIES_START;

    /** Evidence for (positive) or against (negative) a line belonging to the body run. */
    int weight(int words) {
        return switch (this) {
            case PROSE -> words;
            case SHORT_SENTENCE -> 1;
            case SHORT -> -4;
            case BOILERPLATE -> -Math.max(10, words);
            case COMMENTS_START, OTHER_STORIES_START -> -10;
        };
    }
}
