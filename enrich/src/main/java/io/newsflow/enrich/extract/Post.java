package io.newsflow.enrich.extract;

import java.util.List;

/** The lines of one post (or of the whole file when it holds one article), with its footer if it had one. */
record Post(List<Line> lines, PostFooter footer) {
}
