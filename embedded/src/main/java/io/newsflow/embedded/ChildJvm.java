package io.newsflow.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service running in a JVM of its own (OpenSearch, the schema registry): their libraries
 * clash with ours, and a crash there must not take the pipeline down. Output goes to a log
 * file whose tail is quoted when the service fails to start. Closing sends SIGTERM and waits;
 * the owner closes it (also at JVM exit), in the order its users need.
 */
final class ChildJvm implements AutoCloseable {
    private final String service;
    private final Process process;
    private final Path log;

    private ChildJvm(String service, Process process, Path log) {
        this.service = service;
        this.process = process;
        this.log = log;
    }

    /**
     * Heap options for a service that must stay small beside the pipeline: the serial collector, and a heap
     * that starts at {@code initial} and grows only as far as its live data needs (at most {@code max}).
     * Without the free ratios the heap is sized from the machine's RAM and fills with garbage up to that
     * size before it is collected, so a service with 25 MB live held 200 MB.
     */
    static List<String> heap(String initial, String max) {
        return List.of("-Xms" + initial, "-Xmx" + max, "-XX:+UseSerialGC",
                "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40");
    }

    /** Starts {@code java <jvmArgs> <mainArgs>} in {@code workDir}, output appended to {@code log}. */
    static ChildJvm start(String service, List<String> jvmArgs, List<String> mainArgs, Path workDir, Path log) {
        Path java = javaExecutable();
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmArgs);
        command.addAll(mainArgs);
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ChildJvm(service, process, log);
        } catch (IOException e) {
            throw new ServiceStartException("Cannot start " + service + " with " + java + ": " + e.getMessage(), e);
        }
    }

    private static Path javaExecutable() {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(java)) {
            throw new ServiceStartException("No Java executable at " + java
                    + ": the embedded services need a full JDK or JRE 17+ (set JAVA_HOME).");
        }
        return java;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** Fails with the log's tail if the process has died. */
    void checkAlive() {
        if (!process.isAlive()) {
            throw new ServiceStartException(service + " exited with code " + process.exitValue()
                    + " while starting. Last lines of " + log + ":\n" + tail(30));
        }
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
