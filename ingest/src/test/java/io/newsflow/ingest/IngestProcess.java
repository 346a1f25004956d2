package io.newsflow.ingest;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ingest service in a JVM of its own, so a test can kill it with SIGKILL at any moment. */
public final class IngestProcess {
    private IngestProcess() {
    }

    /** Starts ingest on the fixture's inbox and broker in a JVM of its own, with {@code extra} KEY=VALUE settings. */
    static Process start(IngestFixture f, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                IngestProcess.class.getName()));
        f.settings().forEach((key, value) -> command.add(key + "=" + value));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(f.inbox.getParent().resolve(f.topic + ".log").toFile()).start();
    }

    /** Arguments: KEY=VALUE ingest settings. Runs until killed. */
    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            settings.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        InboxWatcher watcher = InboxWatcher.create(new IngestConfig(settings));
        watcher.start();
        Thread.currentThread().join();
    }
}
