package io.newsflow.cli;

import io.newsflow.ingest.InboxWatcher;
import io.newsflow.ingest.IngestConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest}: the ingest stage alone, watching a folder, or publishing given files once. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Watch the inbox and publish dropped files to Kafka; with FILEs, publish those once and exit.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    MetricsOptions metrics;

    @Option(names = "--recursive", description = "Also pick up files in subfolders of the inbox.")
    boolean recursive;

    @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "inbox", description = "Folder to watch (default: ${DEFAULT-VALUE}).")
    Path inbox;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to publish once; they stay where they are (refused ones are reported, exit code 1).")
    List<Path> files = List.of();

    @Override
    public Integer call() throws Exception {
        Map<String, Object> settings = connection.stageSettings(spec.commandLine(), IngestConfig.definition());
        settings.put(IngestConfig.INBOX_DIR, inbox.toString());
        if (recursive) {
            settings.put(IngestConfig.RECURSIVE, "true");
        }
        try (StopSignal stop = new StopSignal(); InboxWatcher watcher = InboxWatcher.create(new IngestConfig(settings))) {
            if (!files.isEmpty()) {
                int published = watcher.publish(files);
                spec.commandLine().getOut().printf("%d of %d files published (%s)%n", published, files.size(),
                        watcher.stats());
                return published == files.size() ? 0 : 1;
            }
            try (MetricsEndpoint endpoint = metrics.start(spec.commandLine().getOut())) {
                watcher.bindMetrics(endpoint.registry());
                watcher.start();
                stop.await();
                return 0;
            }
        }
    }

}
