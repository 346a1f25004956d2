package io.newsflow.enrich.extract;

import java.util.ArrayList;
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

    /** Furniture lines an article may be interrupted by (an inline ad, a "Read also" box) and go on below. */
    private static final int MAX_GAP_LINES = 6;
    /** A block across such a gap must be real prose, not one stray sentence of a teaser or a caption. */
    private static final int MIN_BLOCK_WEIGHT = 30;
    private static final int MIN_BLOCK_PROSE_LINES = 2;

    /**
     * The densest run and the prose blocks it continues into across short interruptions, in page
     * order; the interruptions themselves are not part of any run. Empty if no line speaks for the body.
     */
    static List<BodyRun> blocks(List<Line> lines) {
        Weights weights = new Weights(lines);
        BodyRun main = densest(lines, 0, lines.size() - 1);
        List<BodyRun> blocks = new ArrayList<>();
        if (main == null) {
            return blocks;
        }
        blocks.add(main);
        for (BodyRun last = main; ; ) {
            BodyRun next = densest(lines, last.to + 1, gapEnd(lines, last.to, 1));
            if (next == null || !isProseBlock(lines, weights, next) || endsArticle(lines.subList(last.to, next.from))) {
                break;
            }
            blocks.add(next);
            last = next;
        }
        for (BodyRun first = main; ; ) {
            BodyRun previous = densestEndingNear(lines, weights, first.from);
            if (previous == null || !isProseBlock(lines, weights, previous) && !isWireLead(lines, previous)) {
                break;
            }
            blocks.add(0, previous);
            first = previous;
        }
        return blocks;
    }

    /** Maximum-sum run that starts in [firstStart, lastStart]. */
    private static BodyRun densest(List<Line> lines, int firstStart, int lastStart) {
        int best = 0;
        int bestFrom = -1;
        int bestTo = -1;
        int sum = 0;
        int start = firstStart;
        for (int i = firstStart; i < lines.size(); i++) {
            if (sum <= 0) {
                if (i > lastStart) {
                    break;
                }
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

    /**
     * The last line of a gap that starts at {@code from} and goes in {@code direction} (1 down, -1
     * up) over at most {@link #MAX_GAP_LINES} lines that are not known furniture: a gallery of
     * captions and credits may be long, but it is all furniture and the article goes on after it.
     */
    private static int gapEnd(List<Line> lines, int from, int direction) {
        int other = 0;
        int i = from;
        while (i + direction >= 0 && i + direction < lines.size()
                && (other < MAX_GAP_LINES || lines.get(i + direction).kind() == LineKind.BOILERPLATE)) {
            i += direction;
            if (lines.get(i).kind() != LineKind.BOILERPLATE) {
                other++;
            }
        }
        return i;
    }

    /** The densest run ending within a short gap above line {@code from}. */
    private static BodyRun densestEndingNear(List<Line> lines, Weights weights, int from) {
        BodyRun best = null;
        int bestWeight = 0;
        for (int end = gapEnd(lines, from - 1, -1); end < from - 1; end++) {
            BodyRun run = weights.densestEndingAt(end + 1);
            if (run != null && weights.of(run) > bestWeight) {
                best = run;
                bestWeight = weights.of(run);
            }
        }
        return best;
    }

    /**
     * The lines' weights summed from the first line on, so that a run's weight is one
     * subtraction: the runs ending above a block are each weighed back to the top of the page.
     */
    private static final class Weights {
        /** The weight of lines [0, i) at i. */
        private final int[] upTo;
        /** At i, the last of the lines [0, i] where {@link #upTo} is least: the densest run ending at i + 1 starts there. */
        private final int[] lowestUpTo;

        Weights(List<Line> lines) {
            upTo = new int[lines.size() + 1];
            lowestUpTo = new int[lines.size() + 1];
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                upTo[i + 1] = upTo[i] + line.kind().weight(line.wordCount());
                lowestUpTo[i + 1] = upTo[i + 1] <= upTo[lowestUpTo[i]] ? i + 1 : lowestUpTo[i];
            }
        }

        int of(BodyRun run) {
            return upTo[run.to] - upTo[run.from];
        }

        /** The heaviest run ending at {@code to}, the shortest of equal weight; null if none weighs more than nothing. */
        BodyRun densestEndingAt(int to) {
            int from = lowestUpTo[to - 1];
            return upTo[to] - upTo[from] > 0 ? new BodyRun(from, to) : null;
        }
    }

    /** Whether a gap holds the heading of the comments or of other stories: what follows is not the article. */
    private static boolean endsArticle(List<Line> gap) {
        return gap.stream().anyMatch(l -> l.kind() == LineKind.COMMENTS_START || l.kind() == LineKind.OTHER_STORIES_START);
    }

    /** The opening paragraph of a wire story, which captions may separate from the rest of it. */
    private static boolean isWireLead(List<Line> lines, BodyRun run) {
        Line first = lines.get(run.from);
        return first.kind() == LineKind.PROSE && Dateline.opensWireStory(first.text());
    }

    private static boolean isProseBlock(List<Line> lines, Weights weights, BodyRun run) {
        long prose = lines.subList(run.from, run.to).stream().filter(l -> l.kind() == LineKind.PROSE).count();
        return prose >= MIN_BLOCK_PROSE_LINES && weights.of(run) >= MIN_BLOCK_WEIGHT;
    }
}
