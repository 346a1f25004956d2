package io.newsflow.cli.faults;

import io.newsflow.cli.Newsflow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code newsflow} command in a JVM of its own, as a user starts it, so that a test can kill it
 * with SIGKILL at any moment. Its output is appended to a log file that the test reads.
 */
final class NewsflowProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    /** Where this start's output begins in the log, which earlier starts wrote to as well. */
    private final long logStart;

    private NewsflowProcess(Process process, Path log, long logStart) {
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    /** Starts {@code newsflow <args>} with {@code heap} as its -Xmx, output appended to {@code log}. */
    static NewsflowProcess start(Path log, String heap, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC",
                "-Dnewsflow.home=" + System.getProperty("newsflow.home", ".."),
                "-cp", System.getProperty("java.class.path"), Newsflow.class.getName()));
        command.addAll(args);
        Files.createDirectories(log.getParent());
        Files.writeString(log, "---- newsflow " + String.join(" ", args) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        long logStart = Files.size(log);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new NewsflowProcess(process, log, logStart);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** True once this start has written {@code text} to the log. */
    boolean said(String text) {
        try (var in = Files.newInputStream(log)) {
            in.skipNBytes(logStart);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** kill -9: no shutdown hook runs. Returns the processes it had started, which must end by themselves. */
    List<ProcessHandle> killHard() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        process.waitFor();
        return children;
    }

    /** Ctrl-C: a clean stop. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
