package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.schemas.RawFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Ingest killed with SIGKILL twice in the middle of a large drop, then restarted: every file
 * ends in done/ or failed/, nothing is left in the inbox, and every published file's key is
 * on the topic (repeats of a key are allowed: consumers treat them as the same file).
 */
class KillAndRestartTest {
    private static final int GOOD = 1500;
    private static final int BAD = 20;

    @Test
    void everyFileEndsPublishedOrRefusedOnceAsConsumersSeeIt() throws Exception {
        IngestFixture f = new IngestFixture("kill");
        for (int i = 0; i < GOOD; i++) {
            Files.writeString(f.inbox.resolve("dispatch-" + i + ".txt"),
                    ("Dispatch " + i + " from Raqqa: the convoy left at dawn.\n").repeat(200));
        }
        for (int i = 0; i < BAD; i++) {
            Files.write(f.inbox.resolve("empty-" + i + ".txt"), new byte[0]);
        }

        for (int threshold : new int[] {100, 700}) {
            Process ingest = startIngest(f);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5))
                    .until(() -> handled(f) >= threshold || !ingest.isAlive());
            ingest.destroyForcibly().waitFor();
            assertThat(handled(f)).as("killed in the middle of the drop").isLessThan(GOOD + BAD);
        }
        Process ingest = startIngest(f);
        try {
            await().atMost(Duration.ofMinutes(2)).until(() -> handled(f) == GOOD + BAD);
        } finally {
            ingest.destroy();
            ingest.waitFor();
        }

        assertThat(regularFiles(f.inbox)).isEmpty();
        assertThat(f.names("done")).hasSize(GOOD);
        assertThat(f.names("failed")).hasSize(2 * BAD).allMatch(n -> n.startsWith("empty-"));
        List<ConsumerRecord<String, RawFile>> records = f.allRecords();
        Set<String> names = records.stream().map(r -> r.value().getFileName()).collect(Collectors.toSet());
        assertThat(names).hasSize(GOOD).allMatch(n -> n.startsWith("dispatch-"));
        Map<String, Set<String>> namesByKey = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(r -> r.value().getFileName(), Collectors.toSet())));
        assertThat(namesByKey).hasSize(GOOD).allSatisfy((key, files) -> assertThat(files).hasSize(1));
    }

    private static Process startIngest(IngestFixture f) throws IOException {
        return IngestProcess.start(f, IngestConfig.STABLE_INTERVAL_MS + "=0");
    }

    private static long handled(IngestFixture f) throws IOException {
        return f.names("done").size() + f.names("failed").stream().filter(n -> !n.endsWith(".error.txt")).count();
    }

    /** The inbox's files, but for the lock the last ingest left (a dot-file no watcher reads). */
    private static List<Path> regularFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals(InboxWatcher.LOCK_FILE)).toList();
        }
    }
}
