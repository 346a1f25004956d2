package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsflow.schemas.RawFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The inbox on a real, full file system (a small tmpfs this test mounts; skipped where it may not
 * mount, e.g. not root). Nothing may reach done/ unpublished, nothing may be lost, the log must
 * name the cause, and ingest must finish the job once there is room again.
 */
class InboxDiskFullTest {
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger watcherLog = (Logger) LoggerFactory.getLogger(InboxWatcher.class);
    private final List<Path> mounted = new ArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        watcherLog.detachAppender(logged);
        for (Path dir : mounted) {
            run("umount", dir.toString());
        }
    }

    @Test
    void aRefusedFileWhoseReasonCannotBeWrittenStaysInTheInboxUntilThereIsRoomWhileSeedsArePublishedOnce()
            throws Exception {
        IngestFixture f = new IngestFixture("diskfull");
        Path inbox = mountTmpfs(f.inbox.resolve("inbox"), "size=512k");
        List<String> seeds = new ArrayList<>();
        for (Path seed : IngestFixture.seeds()) {
            Path copy = Files.copy(seed, inbox.resolve(seed.getFileName()));
            // older than the refused files, so sent before them in the same pass: they must not be sent again
            Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minusSeconds(60)));
            seeds.add(seed.getFileName().toString());
        }
        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        Files.write(inbox.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'a', 'b'});
        // a dot-name, which the watcher ignores, takes every block left
        Path filler = fillUp(inbox.resolve(".filler"));
        logged.start();
        watcherLog.addAppender(logged);

        try (InboxWatcher watcher = InboxWatcher.create(f.config(IngestConfig.INBOX_DIR, inbox.toString()))) {
            watcher.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == seeds.size()
                    && cannotMove("empty.txt").size() == 1 && cannotMove("photo.txt").size() == 1);
            // many passes later the refused files are still said to be waiting only once each
            Thread.sleep(1000);
            assertThat(cannotMove("empty.txt")).hasSize(1);
            assertThat(cannotMove("photo.txt")).singleElement().asString()
                    .contains("No space left on device", inbox.resolve("photo.txt").toString(), "binary",
                            "stays in the inbox", "free space");
            assertThat(names(inbox)).containsExactlyInAnyOrder("done", "failed", "empty.txt", "photo.txt");
            assertThat(names(inbox.resolve("done"))).containsExactlyInAnyOrderElementsOf(seeds);
            assertThat(names(inbox.resolve("failed"))).isEmpty();
            assertThat(watcher.stats().refused()).isZero();
            assertThat(publishedNames(f)).containsExactlyInAnyOrderElementsOf(seeds);

            Files.delete(filler);
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().refused() == 2);
        }
        assertThat(names(inbox)).containsExactlyInAnyOrder("done", "failed");
        assertThat(names(inbox.resolve("failed")))
                .containsExactly("empty.txt", "empty.txt.error.txt", "photo.txt", "photo.txt.error.txt");
        assertThat(Files.readString(inbox.resolve("failed/empty.txt.error.txt"))).contains("empty");
        assertThat(Files.readString(inbox.resolve("failed/photo.txt.error.txt"))).contains("binary");
        assertThat(names(inbox.resolve("done"))).containsExactlyInAnyOrderElementsOf(seeds);
        assertThat(publishedNames(f)).containsExactlyInAnyOrderElementsOf(seeds);
    }

    @Test
    void publishedFilesThatCannotGoToAFullDoneDiskStayInTheInboxUnsentAgainAndMoveOnceThereIsRoom() throws Exception {
        IngestFixture f = new IngestFixture("donefull");
        Path done = mountTmpfs(f.inbox.getParent().resolve(f.inbox.getFileName() + "-done"), "size=256k");
        Path filler = fillUp(done.resolve(".filler"));
        List<String> seeds = new ArrayList<>();
        for (Path seed : IngestFixture.seeds()) {
            Files.copy(seed, f.inbox.resolve(seed.getFileName()));
            seeds.add(seed.getFileName().toString());
        }
        logged.start();
        watcherLog.addAppender(logged);

        try (InboxWatcher watcher = InboxWatcher.create(f.config(IngestConfig.DONE_DIR, done.toString()))) {
            watcher.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == seeds.size()
                    && seeds.stream().allMatch(name -> cannotMove(name).size() == 1));
            Thread.sleep(1000); // several more passes: neither sent nor said again
            assertThat(seeds).allSatisfy(name -> assertThat(cannotMove(name)).singleElement().asString()
                    .contains("No space left on device", "published", "not sent again", "Free space"));
            assertThat(names(f.inbox)).containsAll(seeds).containsOnlyOnce("failed").hasSize(seeds.size() + 1);
            assertThat(names(done)).isEmpty();
            assertThat(publishedNames(f)).containsExactlyInAnyOrderElementsOf(seeds);

            Files.delete(filler);
            await().atMost(Duration.ofSeconds(30)).until(() -> names(f.inbox).equals(List.of("failed")));
        }
        assertThat(names(done)).containsExactlyInAnyOrderElementsOf(seeds);
        assertThat(publishedNames(f)).containsExactlyInAnyOrderElementsOf(seeds);
    }

    @Test
    void anInboxWhoseDiskHasNoRoomForTheLockFileIsAClearErrorAtStart() throws Exception {
        IngestFixture f = new IngestFixture("noinodes");
        Path inbox = mountTmpfs(f.inbox.resolve("inbox"), "size=512k,nr_inodes=16");
        Files.createDirectories(inbox.resolve("done"));
        Files.createDirectories(inbox.resolve("failed"));
        // every inode left taken by hidden files, so the lock file cannot be made
        for (int n = 0; ; n++) {
            try {
                Files.createFile(inbox.resolve(".taken-" + n));
            } catch (IOException full) {
                break;
            }
        }
        try (InboxWatcher watcher = InboxWatcher.create(f.config(IngestConfig.INBOX_DIR, inbox.toString()))) {
            assertThatThrownBy(watcher::start).isInstanceOf(IOException.class)
                    .hasMessageContaining(inbox.resolve(InboxWatcher.LOCK_FILE).toString())
                    .hasMessageContaining("No space left on device")
                    .hasMessageContaining("Free space on that disk");
        }
    }

    private List<String> cannotMove(String name) {
        return logged.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.contains("/" + name) && m.contains("cannot be moved")).toList();
    }

    private static List<String> publishedNames(IngestFixture f) {
        return f.allRecords().stream().map(ConsumerRecord::value).map(RawFile::getFileName).toList();
    }

    /** Everything in a folder but the lock and the filler. */
    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private static Path fillUp(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).contains("No space left on device");
        }
        return filler;
    }

    private Path mountTmpfs(Path dir, String options) throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "tmpfs needs Linux");
        Files.createDirectories(dir);
        String failure = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString());
        Assumptions.assumeTrue(failure == null,
                () -> "cannot mount a small tmpfs (needs root or CAP_SYS_ADMIN), so the full disk is not tried: " + failure);
        mounted.add(dir);
        return dir;
    }

    /** Null if the command worked, else what it said. */
    private static String run(String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            return missing.toString();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return process.waitFor() == 0 ? null : output;
    }
}
