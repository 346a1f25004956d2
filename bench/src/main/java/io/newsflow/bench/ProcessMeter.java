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
 * clients after themselves); other Java threads are the broker's. The JVM's own threads (JIT
 * compilers, GC) are read from /proc (Linux), as is memory: resident now and the peak. What no
 * live thread accounts for is CPU of threads that ended.
 */
final class ProcessMeter {
    /** Stage of a thread of this JVM, by name; the first match wins. */
    private static final Map<String, Pattern> STAGES = stages();
    static final String BROKER = "broker and other threads";
    /** The JVM's own threads by their names in /proc (cut to 15 characters there). */
    private static final Map<String, Pattern> JVM_THREADS = Map.of(
            "JIT compiler", Pattern.compile("^C[12] CompilerThre"),
            "GC", Pattern.compile("^(VM Thread|GC Thread|G1 |VM Periodic)"));
    static final String ENDED = "threads that ended";
    /** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100;

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
        for (String name : JVM_THREADS.keySet()) {
            cpu.put(name, 0L);
        }
        jvmThreadCpu().forEach((name, nanos) -> cpu.merge(name, nanos, Long::sum));
        long accounted = cpu.values().stream().mapToLong(Long::longValue).sum();
        cpu.put(ENDED, Math.max(0, cpuNanos(ProcessHandle.current().pid()) - accounted));
        return cpu;
    }

    /** CPU nanoseconds of this JVM's JIT and GC threads, from /proc/self/task/N/stat (empty where there is none). */
    private static Map<String, Long> jvmThreadCpu() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                // "tid (name) state ppid ..." with utime and stime the 14th and 15th fields; the name may hold spaces
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long nanos = (long) ((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND * 1e9);
                JVM_THREADS.forEach((kind, pattern) -> {
                    if (pattern.matcher(name).find()) {
                        cpu.merge(kind, nanos, Long::sum);
                    }
                });
            }
        } catch (IOException notLinux) {
            // no /proc: the JVM's own threads count as ended ones
        }
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
