package io.newsflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CPU time and memory of the pipeline's processes, and CPU time of the stages inside this JVM.
 * Stages are told apart by their threads' names (the services name their threads and Kafka
 * clients after themselves); what no stage thread took is the broker's and the JVM's own (GC, JIT).
 * Memory is read from /proc (Linux): resident now and the peak.
 */
final class ProcessMeter {
    /** Stage of a thread of this JVM, by name; the first match wins. */
    private static final Map<String, Pattern> STAGES = stages();
    static final String BROKER = "broker and other threads";
    static final String JVM = "JVM (GC, JIT)";

    private static Map<String, Pattern> stages() {
        Map<String, Pattern> stages = new LinkedHashMap<>();
        stages.put("ingest", Pattern.compile("inbox-watcher|newsflow-ingest"));
        stages.put("enrich", Pattern.compile("newsflow-enrich|StreamThread"));
        stages.put("sink", Pattern.compile("article-sink|newsflow-sink"));
        stages.put("bench probe", Pattern.compile("bench-"));
        return stages;
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Long> processes;

    /** @param processes the pipeline's processes by name, this JVM included */
    ProcessMeter(Map<String, Long> processes) {
        this.processes = processes;
    }

    /** CPU nanoseconds of each process, for differences between two moments. */
    Map<String, Long> processCpu() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        processes.forEach((name, pid) -> cpu.put(name, cpuNanos(pid)));
        return cpu;
    }

    /** CPU nanoseconds of each stage of this JVM so far; threads that ended are lost, so stages keep theirs. */
    Map<String, Long> stageCpu() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        STAGES.keySet().forEach(stage -> cpu.put(stage, 0L));
        cpu.put(BROKER, 0L);
        long all = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long nanos = Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            all += nanos;
            String stage = STAGES.entrySet().stream().filter(e -> e.getValue().matcher(info.getThreadName()).find())
                    .map(Map.Entry::getKey).findFirst().orElse(BROKER);
            cpu.merge(stage, nanos, Long::sum);
        }
        cpu.put(JVM, Math.max(0, cpuNanos(ProcessHandle.current().pid()) - all));
        return cpu;
    }

    /** Resident memory of each process, now and at its peak, in bytes (0 where /proc is not there). */
    Map<String, long[]> memory() {
        Map<String, long[]> memory = new LinkedHashMap<>();
        processes.forEach((name, pid) -> memory.put(name, new long[] {status(pid, "VmRSS"), status(pid, "VmHWM")}));
        return memory;
    }

    private static long cpuNanos(long pid) {
        if (pid == ProcessHandle.current().pid()) {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(0L);
    }

    /** A "VmRSS:  1234 kB" line of /proc/PID/status, in bytes. */
    private static long status(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // not Linux, or the process ended
        }
        return 0;
    }
}
