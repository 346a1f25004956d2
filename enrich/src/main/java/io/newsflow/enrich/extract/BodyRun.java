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

    /** Maximum-sum run over the lines' weights; null if no line speaks for the body at all. */
    static BodyRun densest(List<Line> lines) {
        return densest(lines, 0, lines.size() - 1);
    }

    /**
     * The densest run and the prose blocks it continues into across short interruptions, in page
     * order; the interruptions themselves are not part of any run. Empty if no line speaks for the body.
     */
    static List<BodyRun> blocks(List<Line> lines) {
        BodyRun main = densest(lines);
        List<BodyRun> blocks = new ArrayList<>();
        if (main == null) {
            return blocks;
        }
        blocks.add(main);
        for (BodyRun last = main; ; ) {
            BodyRun next = densest(lines, last.to + 1, gapEnd(lines, last.to, 1));
            if (next == null || !isProseBlock(lines, next) || endsArticle(lines.subList(last.to, next.from))) {
                break;
            }
            blocks.add(next);
            last = next;
        }
        for (BodyRun first = main; ; ) {
            BodyRun previous = densestEndingNear(lines, first.from);
            if (previous == null || !isProseBlock(lines, previous) && !isWireLead(lines, previous)) {
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
    private static BodyRun densestEndingNear(List<Line> lines, int from) {
        BodyRun best = null;
        int bestWeight = 0;
        for (int end = gapEnd(lines, from - 1, -1); end < from - 1; end++) {
            BodyRun run = densestEndingAt(lines, end + 1);
            if (run != null && weight(lines, run) > bestWeight) {
                best = run;
                bestWeight = weight(lines, run);
            }
        }
        return best;
    }

    private static BodyRun densestEndingAt(List<Line> lines, int to) {
        int sum = 0;
        int best = 0;
        int bestFrom = -1;
        for (int i = to - 1; i >= 0; i--) {
            Line line = lines.get(i);
            sum += line.kind().weight(line.wordCount());
            if (sum > best) {
                best = sum;
                bestFrom = i;
            }
        }
        return bestFrom < 0 ? null : new BodyRun(bestFrom, to);
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

    private static boolean isProseBlock(List<Line> lines, BodyRun run) {
        long prose = lines.subList(run.from, run.to).stream().filter(l -> l.kind() == LineKind.PROSE).count();
        return prose >= MIN_BLOCK_PROSE_LINES && weight(lines, run) >= MIN_BLOCK_WEIGHT;
    }

    private static int weight(List<Line> lines, BodyRun run) {
        int sum = 0;
        for (Line line : lines.subList(run.from, run.to)) {
            sum += line.kind().weight(line.wordCount());
        }
        return sum;
    }
}
