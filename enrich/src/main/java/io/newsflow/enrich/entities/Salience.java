package io.newsflow.enrich.entities;

import java.util.List;

/**
 * How central each entity is to its article, from 0 to 1 with the most central entity at 1.
 *
 * <p>Each body mention counts 1, plus up to {@link #LEAD_BONUS} the nearer it is to the start
 * (news puts the main actors in the lead); each title mention counts {@link #TITLE_WEIGHT}.
 */
final class Salience {
    static final double LEAD_BONUS = 1.0;
    static final double TITLE_WEIGHT = 3.0;

    private Salience() {
    }

    /** @return one score per group, in the same order */
    static double[] of(List<MentionGroup> groups, int bodyLength) {
        double[] scores = groups.stream().mapToDouble(g -> raw(g, bodyLength)).toArray();
        double top = 0;
        for (double score : scores) {
            top = Math.max(top, score);
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] = top > 0 ? scores[i] / top : 0;
        }
        return scores;
    }

    private static double raw(MentionGroup group, int bodyLength) {
        double score = TITLE_WEIGHT * group.title().size();
        for (Mention m : group.body()) {
            score += 1 + LEAD_BONUS * (1 - (double) m.start() / Math.max(1, bodyLength));
        }
        return score;
    }
}
