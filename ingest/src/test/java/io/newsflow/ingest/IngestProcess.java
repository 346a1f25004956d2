package io.newsflow.ingest;

import java.util.HashMap;
import java.util.Map;

/** The ingest service in a JVM of its own, so a test can kill it with SIGKILL at any moment. */
public final class IngestProcess {
    private IngestProcess() {
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
