package io.newsflow.enrich.extract;

import java.util.List;

/**
 * The densest body block of a text dump: the contiguous run of lines with the largest sum of
 * line weights. Prose lines pull the run out, furniture pushes it back, so short lines between
 * prose lines (subheadings, interview turns) end up inside and a headline or a share row on the
 * edge stays outside.
 *
 * @param from first line of the run (inclusive)
 * @param to   last line of the run (exclusive)
 */
record BodyRun(int from, int to) {

    /** Maximum-sum run over the lines' weights; null if no line speaks for the body at all. */
    static BodyRun densest(List<Line> lines) {
        int best = 0;
        int bestFrom = -1;
        int bestTo = -1;
        int sum = 0;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            Line line = lines.get(i);
            sum += line.kind().weight(line.wordCount());
            if (sum > best) {
                best = sum;
                bestFrom = start;
                bestTo = i + 1;
            }
        }
        return bestFrom < 0 ? null : new BodyRun(bestFrom, bestTo);
    }
}
