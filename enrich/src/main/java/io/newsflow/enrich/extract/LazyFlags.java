package io.newsflow.enrich.extract;

import java.util.function.IntPredicate;

/**
 * A yes or no per line of a file, worked out the first time it is asked: for the costly tests
 * that most lines are settled without.
 */
final class LazyFlags {

    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    private final byte[] answers;
    private final IntPredicate test;

    LazyFlags(int lines, IntPredicate test) {
        answers = new byte[lines];
        this.test = test;
    }

    boolean test(int line) {
        if (answers[line] == UNKNOWN) {
            answers[line] = test.test(line) ? YES : NO;
        }
        return answers[line] == YES;
    }
}
