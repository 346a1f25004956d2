package io.newsflow.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C / SIGTERM for long-running commands: the JVM's shutdown waits until the command has
 * closed its stages in order, so a stop never cuts a stage off mid-batch.
 */
final class StopSignal implements AutoCloseable {
    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    StopSignal() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            requested.countDown();
            try {
                finished.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsflow-stop"));
    }

    /** True once a stop was asked for; waits at most {@code seconds}. */
    boolean await(long seconds) throws InterruptedException {
        return requested.await(seconds, TimeUnit.SECONDS);
    }

    void await() throws InterruptedException {
        requested.await();
    }

    /** Lets the JVM finish stopping; call after everything is closed. */
    @Override
    public void close() {
        finished.countDown();
    }
}
