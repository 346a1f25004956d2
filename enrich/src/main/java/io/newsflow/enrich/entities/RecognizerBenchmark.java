package io.newsflow.enrich.entities;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Tokens per CPU-second of {@link EntityRecognizer#recognize} against the bare CoreNLP pipeline it
 * runs (same settings, same models, same texts), in one thread of one JVM, so the ratio shows what
 * the rules and merging cost on top of NER. Rounds alternate between the two so JIT warm-up and
 * machine noise fall on both; the first round of each is a warm-up and is not counted.
 */
public final class RecognizerBenchmark {
    /**
     * @param tokens            tokens read per round (CoreNLP's count)
     * @param recognizerPerCpuS tokens per CPU-second of recognize()
     * @param barePerCpuS       tokens per CPU-second of the bare pipeline
     */
    public record Result(int tokens, int rounds, double recognizerPerCpuS, double barePerCpuS, double wholeStepPerCpuS) {
        public double ratio() {
            return recognizerPerCpuS / barePerCpuS;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RecognizerBenchmark() {
    }

    /** @param texts article bodies; @param rounds measured rounds over all texts, after one warm-up round */
    public static Result run(EntityRecognizer recognizer, List<String> texts, int rounds) {
        return run(recognizer, texts, rounds, () -> { });
    }

    /**
     * As {@link #run(EntityRecognizer, List, int)}, also timing {@code wholeStep}: the enrich step
     * (extraction and recognition) over the files those bodies came from, per the same body tokens.
     */
    public static Result run(EntityRecognizer recognizer, List<String> texts, int rounds, Runnable wholeStep) {
        if (rounds < 1 || texts.isEmpty()) {
            throw new IllegalArgumentException("needs at least one text and one round");
        }
        StanfordCoreNLP bare = new StanfordCoreNLP(MentionFinder.settings());
        int[] tokens = new int[1];
        Runnable barePass = () -> {
            int read = 0;
            for (String text : texts) {
                CoreDocument document = new CoreDocument(text);
                bare.annotate(document);
                read += document.tokens().size();
            }
            tokens[0] = read;
        };
        Runnable recognizerPass = () -> texts.forEach(text -> recognizer.recognize(null, text));
        long recognizerNanos = 0;
        long bareNanos = 0;
        long wholeNanos = 0;
        for (int round = 0; round <= rounds; round++) {
            // alternate which goes first, so neither always runs on a cache the other warmed
            boolean bareFirst = round % 2 == 0;
            long first = cpuNanos(bareFirst ? barePass : recognizerPass);
            long second = cpuNanos(bareFirst ? recognizerPass : barePass);
            long whole = cpuNanos(wholeStep);
            if (round > 0) {
                bareNanos += bareFirst ? first : second;
                recognizerNanos += bareFirst ? second : first;
                wholeNanos += whole;
            }
        }
        return new Result(tokens[0], rounds, perCpuSecond(tokens[0], rounds, recognizerNanos),
                perCpuSecond(tokens[0], rounds, bareNanos), perCpuSecond(tokens[0], rounds, wholeNanos));
    }

    private static long cpuNanos(Runnable pass) {
        long started = THREADS.getCurrentThreadCpuTime();
        pass.run();
        return THREADS.getCurrentThreadCpuTime() - started;
    }

    private static double perCpuSecond(int tokens, int rounds, long nanos) {
        return (double) tokens * rounds / (nanos / 1e9);
    }
}
