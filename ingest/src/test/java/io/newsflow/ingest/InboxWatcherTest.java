package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.newsflow.schemas.RawFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The watcher's rules, each on a real broker and registry with real files. */
class InboxWatcherTest {

    @Test
    void seedsArePublishedOnceAndMovedToDoneWhileBadFilesGoToFailedWithAReason() throws Exception {
        IngestFixture f = new IngestFixture("seeds");
        List<Path> seeds = IngestFixture.seeds();
        for (Path seed : seeds) {
            Files.copy(seed, f.inbox.resolve(seed.getFileName()));
        }
        Files.write(f.inbox.resolve("empty.txt"), new byte[0]);
        Files.write(f.inbox.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.write(f.inbox.resolve("page.html.gz"), gzip("<!DOCTYPE html><title>T</title><p>Raqqa</p>"));

        try (InboxWatcher watcher = InboxWatcher.create(f.config())) {
            watcher.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> watcher.stats().published() == seeds.size() + 1
                    && watcher.stats().refused() == 2);
        }

        List<ConsumerRecord<String, RawFile>> records = f.allRecords();
        assertThat(records).hasSize(seeds.size() + 1);
        assertThat(records).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().getId()).hasSize(64));
        RawFile page = f.record("page.html.gz");
        assertThat(page.getMediaType()).isEqualTo("text/html");
        assertThat(page.getCompression()).isEqualTo("gzip");
        assertThat(StandardCharsets.UTF_8.decode(page.getContent()).toString()).contains("<p>Raqqa</p>");
        RawFile seed = f.record(seeds.get(0).getFileName().toString());
        assertThat(seed.getMediaType()).isEqualTo("text/plain");
        assertThat(seed.getCharset()).isEqualTo("UTF-8");
        assertThat(seed.getContent().array()).isEqualTo(Files.readAllBytes(seeds.get(0)));

        assertThat(f.names("done")).hasSize(seeds.size() + 1);
        assertThat(f.names("failed")).containsExactly("empty.txt", "empty.txt.error.txt", "photo.txt", "photo.txt.error.txt");
        assertThat(Files.readString(f.inbox.resolve("failed/empty.txt.error.txt"))).contains("empty");
        assertThat(Files.readString(f.inbox.resolve("failed/photo.txt.error.txt"))).contains("binary");
    }

    @Test
    void theSameFileDroppedTwiceIsTheSameRecordKeyAndBothCopiesAreKeptInDone() throws Exception {
        IngestFixture f = new IngestFixture("twice");
        Path seed = IngestFixture.seeds().get(1);
        try (InboxWatcher watcher = InboxWatcher.create(f.config())) {
            watcher.start();
            Files.copy(seed, f.inbox.resolve(seed.getFileName()));
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == 1);
            Files.copy(seed, f.inbox.resolve(seed.getFileName()));
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == 2);
        }
        List<ConsumerRecord<String, RawFile>> records = f.allRecords();
        assertThat(records).extracting(ConsumerRecord::key).hasSize(2).containsOnly(records.get(0).key());
        String name = seed.getFileName().toString();
        assertThat(f.names("done")).containsExactly(name.replace(".txt", " (1).txt"), name);
    }

    @Test
    void temporaryNamesAreLeftAloneLinksAreRefusedUnfollowedAndOddNamesAreHandled() throws Exception {
        IngestFixture f = new IngestFixture("names");
        Path outside = Files.writeString(f.inbox.getParent().resolve("secret-" + f.topic + ".txt"),
                "A file outside the inbox that a link points to.");
        Files.createSymbolicLink(f.inbox.resolve("link.txt"), outside);
        Path outsideDir = Files.createDirectories(f.inbox.getParent().resolve("elsewhere-" + f.topic));
        Files.writeString(outsideDir.resolve("deep.txt"), "Not in the inbox either.");
        Files.createSymbolicLink(f.inbox.resolve("linked-folder"), outsideDir);
        for (String temporary : List.of(".hidden.txt", "page.html.part", "x.crdownload", "~$draft.txt", "y.tmp")) {
            Files.writeString(f.inbox.resolve(temporary), "still being written");
        }
        String odd = "Raqqa report $(rm -rf ~); `x` 'quoted' \"Périódico\" 新闻.txt";
        Files.writeString(f.inbox.resolve(odd), "Raqqa fell in October.");

        try (InboxWatcher watcher = InboxWatcher.create(f.config(IngestConfig.RECURSIVE, "true"))) {
            watcher.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == 1
                    && watcher.stats().refused() == 2);
            Thread.sleep(1000); // several more passes: nothing else may be picked up
            assertThat(watcher.stats().published()).isEqualTo(1);
        }
        assertThat(f.allRecords()).extracting(r -> r.value().getFileName()).containsExactly(odd);
        assertThat(f.names("done")).containsExactly(odd);
        // the links themselves moved, what they point to neither read nor touched
        assertThat(f.names("failed")).containsExactly("link.txt", "link.txt.error.txt", "linked-folder",
                "linked-folder.error.txt");
        assertThat(Files.isSymbolicLink(f.inbox.resolve("failed/link.txt"))).isTrue();
        assertThat(Files.readString(f.inbox.resolve("failed/link.txt.error.txt")))
                .contains("link.txt: The file is a symbolic link", "Copy the file itself into the inbox");
        assertThat(outside).hasContent("A file outside the inbox that a link points to.");
        assertThat(outsideDir.resolve("deep.txt")).exists();
        assertThat(f.inbox.resolve("page.html.part")).exists();
    }

    @Test
    void namesThatLookLikeClimbingOutAreReadInPlaceAndRecordedAsTheyAre() throws Exception {
        IngestFixture f = new IngestFixture("dots");
        Set<String> besideTheInbox = listed(f.inbox.getParent());
        // backslashes are plain characters here; one-dot leaders and division slashes only look like ../ and /
        String backslashes = "news\\..\\..\\escape.txt";
        String lookalikes = "\u2024\u2024\u2215etc\u2215passwd.txt";
        String doubleDots = "report..txt";
        Files.createDirectories(f.inbox.resolve("2017.."));
        for (Path file : List.of(f.inbox.resolve(backslashes), f.inbox.resolve(lookalikes), f.inbox.resolve(doubleDots),
                f.inbox.resolve("2017..").resolve(backslashes))) {
            Files.writeString(file, "Raqqa fell in October: " + file.getFileName());
        }

        try (InboxWatcher watcher = InboxWatcher.create(f.config(IngestConfig.RECURSIVE, "true"))) {
            watcher.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == 4);
        }

        assertThat(f.allRecords()).extracting(r -> r.value().getFileName())
                .containsExactlyInAnyOrder(backslashes, lookalikes, doubleDots, "2017../" + backslashes);
        assertThat(f.names("done")).contains(backslashes, lookalikes, doubleDots);
        assertThat(listed(f.inbox.getParent())).as("nothing written beside the inbox").isEqualTo(besideTheInbox);
    }

    private static Set<String> listed(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void subfoldersArePickedUpOnlyWhenRecursiveAndKeepTheirPathInTheName() throws Exception {
        IngestFixture f = new IngestFixture("recursive");
        Files.createDirectories(f.inbox.resolve("2017/december"));
        Files.writeString(f.inbox.resolve("2017/december/raqqa.txt"), "Raqqa fell in October.");
        Files.writeString(f.inbox.resolve("top.txt"), "Damascus said on Tuesday.");
        try (InboxWatcher watcher = InboxWatcher.create(f.config())) {
            watcher.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == 1);
        }
        assertThat(f.inbox.resolve("2017/december/raqqa.txt")).exists();
        try (InboxWatcher watcher = InboxWatcher.create(f.config(IngestConfig.RECURSIVE, "true"))) {
            watcher.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == 1);
        }
        assertThat(f.allRecords()).extracting(r -> r.value().getFileName())
                .containsExactlyInAnyOrder("top.txt", "2017/december/raqqa.txt");
    }

    @Test
    void aFileStillBeingWrittenIsReadOnlyWhenComplete() throws Exception {
        IngestFixture f = new IngestFixture("growing");
        Path file = f.inbox.resolve("scan.txt");
        try (InboxWatcher watcher = InboxWatcher.create(f.config(IngestConfig.STABLE_INTERVAL_MS, "1500"))) {
            watcher.start();
            StringBuilder text = new StringBuilder();
            for (int part = 0; part < 5; part++) {
                text.append("Line ").append(part).append(" of a slow scanner.\n");
                Files.writeString(file, text.toString());
                Thread.sleep(400);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == 1);
            assertThat(StandardCharsets.UTF_8.decode(f.record("scan.txt").getContent()).toString())
                    .isEqualTo(text.toString());
        }
        assertThat(f.allRecords()).hasSize(1);
    }

    @Test
    void aFileMovedInWithAnOldTimeIsPublishedWithoutWaitingTheStableInterval() throws Exception {
        IngestFixture f = new IngestFixture("moved");
        Path moved = Files.writeString(f.inbox.resolve("moved.txt"), "Saved yesterday, moved in now.");
        Files.setLastModifiedTime(moved, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        Files.writeString(f.inbox.resolve("saved.txt"), "Saved just now.");
        // ten minutes' stability and an hour between polls: only the scheduled second look can take the file in time
        try (InboxWatcher watcher = InboxWatcher.create(f.config(IngestConfig.STABLE_INTERVAL_MS, "600000",
                IngestConfig.POLL_INTERVAL_MS, "3600000"))) {
            watcher.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == 1);
        }
        assertThat(f.allRecords()).extracting(r -> r.value().getFileName()).containsExactly("moved.txt");
        assertThat(f.inbox.resolve("saved.txt")).exists();
    }

    @Test
    void aFreshFileIsPublishedOnceStillForTheIntervalWithoutWaitingForTheNextPoll() throws Exception {
        IngestFixture f = new IngestFixture("fresh");
        try (InboxWatcher watcher = InboxWatcher.create(f.config(IngestConfig.STABLE_INTERVAL_MS, "500",
                IngestConfig.POLL_INTERVAL_MS, "3600000"))) {
            watcher.start();
            Files.writeString(f.inbox.resolve("saved.txt"), "Saved just now.");
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == 1);
        }
        assertThat(f.names("done")).containsExactly("saved.txt");
    }

    @Test
    void charsetsAreDetectedAndRecorded() throws Exception {
        IngestFixture f = new IngestFixture("charsets");
        String text = "El Periódico de Catalunya – «Raqqa»";
        Files.write(f.inbox.resolve("utf16.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        Files.write(f.inbox.resolve("bom.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        Files.write(f.inbox.resolve("legacy.txt"), text.getBytes(Charset.forName("windows-1252")));
        Files.write(f.inbox.resolve("declared.html"), ("<html><head><meta charset=\"iso-8859-15\"></head><p>" + text.replace("–", "-")
                + " €</p>").getBytes(Charset.forName("ISO-8859-15")));
        Files.write(f.inbox.resolve("broken16.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 'a'});
        try (InboxWatcher watcher = InboxWatcher.create(f.config())) {
            watcher.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == 4
                    && watcher.stats().refused() == 1);
        }
        List<ConsumerRecord<String, RawFile>> records = f.allRecords();
        assertThat(records.stream().collect(Collectors.toMap(r -> r.value().getFileName(), r -> r.value().getCharset())))
                .containsEntry("utf16.txt", "UTF-16LE").containsEntry("bom.txt", "UTF-8")
                .containsEntry("legacy.txt", "windows-1252").containsEntry("declared.html", "ISO-8859-15");
        assertThat(Files.readString(f.inbox.resolve("failed/broken16.txt.error.txt")))
                .contains("is not valid UTF-16LE", "Re-save it as UTF-8");
    }

    @Test
    void refusalsNeverOverwriteEarlierOnesAndGzipBombsAndOversizedFilesAreRefused() throws Exception {
        IngestFixture f = new IngestFixture("refusals");
        try (InboxWatcher watcher = InboxWatcher.create(f.config(IngestConfig.MAX_FILE_BYTES, "100000"))) {
            watcher.start();
            Files.write(f.inbox.resolve("empty.txt"), new byte[0]);
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().refused() == 1);
            Files.write(f.inbox.resolve("empty.txt"), new byte[0]);
            Files.write(f.inbox.resolve("bomb.txt.gz"), gzip("A".repeat(1_000_000)));
            Files.write(f.inbox.resolve("big.txt"), "Raqqa. ".repeat(20_000).getBytes(StandardCharsets.UTF_8));
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().refused() == 4);
        }
        assertThat(f.names("failed")).contains("empty.txt", "empty.txt.error.txt", "empty (1).txt",
                "empty (1).txt.error.txt", "bomb.txt.gz", "big.txt");
        assertThat(Files.readString(f.inbox.resolve("failed/bomb.txt.gz.error.txt"))).contains("gzip bomb");
        assertThat(Files.readString(f.inbox.resolve("failed/big.txt.error.txt"))).contains("max.file.bytes");
        assertThat(f.allRecords()).isEmpty();
    }

    @Test
    void aLargePageThatCompressesPoorlyIsPublishedWhole() throws Exception {
        IngestFixture f = new IngestFixture("large");
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        StringBuilder text = new StringBuilder();
        while (text.length() < 3_000_000) {
            // random letters: zstd cannot bring this under the broker's 1 MB default
            text.append((char) ('a' + random.nextInt(26)));
            if (random.nextInt(8) == 0) {
                text.append(random.nextInt(20) == 0 ? ".\n" : " ");
            }
        }
        Files.writeString(f.inbox.resolve("long report.txt"), text);
        try (InboxWatcher watcher = InboxWatcher.create(f.config())) {
            watcher.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> watcher.stats().published() == 1);
        }
        assertThat(f.record("long report.txt").getContent().remaining()).isEqualTo(text.length());
    }

    @Test
    void publishedFilesAreDeletedWhenSoConfigured() throws Exception {
        IngestFixture f = new IngestFixture("delete");
        Files.writeString(f.inbox.resolve("gone.txt"), "Raqqa fell in October.");
        try (InboxWatcher watcher = InboxWatcher.create(f.config(IngestConfig.AFTER_PUBLISH, "delete"))) {
            watcher.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == 1);
        }
        assertThat(f.inbox.resolve("gone.txt")).doesNotExist();
        assertThat(f.names("done")).isEmpty();
        assertThat(f.allRecords()).hasSize(1);
    }

    @Test
    void aBurstOfFiveThousandTinyFilesIsPublishedExactlyOnce() throws Exception {
        IngestFixture f = new IngestFixture("burst");
        int count = 5000;
        try (InboxWatcher watcher = InboxWatcher.create(f.config())) {
            watcher.start();
            for (int i = 0; i < count; i++) {
                Files.writeString(f.inbox.resolve("note-" + i + ".txt"), "Dispatch " + i + " from Raqqa.\n");
            }
            await().atMost(Duration.ofMinutes(4)).until(() -> watcher.stats().published() == count);
        }
        List<ConsumerRecord<String, RawFile>> records = f.allRecords();
        assertThat(records).hasSize(count);
        Set<String> names = records.stream().map(r -> r.value().getFileName()).collect(Collectors.toSet());
        assertThat(names).hasSize(count);
        assertThat(f.names("done")).hasSize(count);
        assertThat(f.names("")).containsExactly("done", "failed");
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void aSecondIngestOnTheSameInboxRefusesToStartUntilTheFirstHasGone() throws Exception {
        IngestFixture f = new IngestFixture("lock");
        List<Path> seeds = IngestFixture.seeds();
        Process other = IngestProcess.start(f);
        try {
            Files.copy(seeds.get(0), f.inbox.resolve(seeds.get(0).getFileName()));
            await().atMost(Duration.ofSeconds(60)).until(() -> f.names("done").size() == 1);

            InboxWatcher second = InboxWatcher.create(f.config());
            assertThatThrownBy(second::start).isInstanceOf(IOException.class)
                    .hasMessageContaining("Another ingest is already watching " + f.inbox.toAbsolutePath().normalize())
                    .hasMessageContaining(InboxWatcher.LOCK_FILE).hasMessageContaining("--inbox");
            second.close();
        } finally {
            other.destroyForcibly().waitFor();
        }

        // killed, the other one left its lock file but not its lock
        try (InboxWatcher watcher = InboxWatcher.create(f.config())) {
            watcher.start();
            try (InboxWatcher third = InboxWatcher.create(f.config())) {
                assertThatThrownBy(third::start).hasMessageContaining("Another ingest is already watching");
            }
            Files.copy(seeds.get(1), f.inbox.resolve(seeds.get(1).getFileName()));
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == 1);
        }
        assertThat(f.allRecords()).hasSize(2);
    }
}
