package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a dropped file is ready, on a clock the test moves by hand: scan times and file times are set exactly. */
class InboxTest {
    private static final Instant START = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final Duration STABLE = Duration.ofMillis(300);

    @TempDir
    Path dir;

    /** The wall clock the inbox compares file times with; the scan's nanos move with it. */
    private Instant now = START;
    private Inbox inbox;

    @BeforeEach
    void openInbox() {
        inbox = new Inbox(dir, false, Set.of(), STABLE, () -> now);
    }

    @Test
    void aFileWithAnOldTimeIsReadyAtTheSecondLookWithoutWaitingTheInterval() throws IOException {
        Path file = drop("raqqa.txt", "Raqqa fell in October.", START.minus(Duration.ofHours(1)));
        assertThat(scanAt(0)).isEmpty();
        assertThat(nextReadyMillis()).isEqualTo(TimeUnit.NANOSECONDS.toMillis(Inbox.CONFIRM_NANOS));
        assertThat(scanAt(25)).containsExactly(file);
    }

    @Test
    void aFreshFileIsReadyOnlyOnceItsTimeIsTheIntervalAgo() throws IOException {
        Path file = drop("raqqa.txt", "Raqqa fell in October.", START.minusMillis(100));
        assertThat(scanAt(0)).isEmpty();
        assertThat(scanAt(25)).isEmpty();
        assertThat(scanAt(199)).isEmpty();
        assertThat(scanAt(200)).containsExactly(file);
    }

    @Test
    void aFileStillGrowingOrTouchedBetweenScansIsNotReady() throws IOException {
        Path file = drop("scan.txt", "Line 1 of a slow scanner.\n", START.minus(Duration.ofHours(1)));
        assertThat(scanAt(0)).isEmpty();
        Files.writeString(file, "Line 2.\n", StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, FileTime.from(START.plusMillis(10)));
        assertThat(scanAt(25)).as("grown").isEmpty();
        Files.setLastModifiedTime(file, FileTime.from(START.plusMillis(30)));
        assertThat(scanAt(50)).as("same size, touched").isEmpty();
        assertThat(scanAt(75)).isEmpty();
        assertThat(scanAt(329)).isEmpty();
        assertThat(scanAt(330)).containsExactly(file);
    }

    @Test
    void aTimeInTheFutureCountsTheIntervalFromWhenTheFileWasFirstFound() throws IOException {
        Path file = drop("mounted.txt", "Written on a server whose clock is ahead.", START.plus(Duration.ofMinutes(5)));
        assertThat(scanAt(0)).isEmpty();
        assertThat(nextReadyMillis()).isEqualTo(300);
        assertThat(scanAt(25)).isEmpty();
        assertThat(scanAt(299)).isEmpty();
        assertThat(scanAt(300)).containsExactly(file);
    }

    @Test
    void aFileSeenChangingWithATimeBeforeThePreviousLookCountsTheIntervalFromTheChange() throws IOException {
        Instant behind = START.minusSeconds(10);
        Path file = drop("mounted.txt", "Written on a server", behind);
        assertThat(scanAt(0)).isEmpty();
        Files.writeString(file, " whose clock is ten seconds behind.", StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, FileTime.from(behind.plusMillis(100)));
        assertThat(scanAt(100)).isEmpty();
        assertThat(scanAt(125)).as("confirmed, but its time says nothing").isEmpty();
        assertThat(nextReadyMillis()).isEqualTo(400);
        assertThat(scanAt(400)).containsExactly(file);
    }

    @Test
    void nextReadyIsWhenTheEarliestFileCanBeReadyOrLookedAtAgain() throws IOException {
        assertThat(scanAt(0)).isEmpty();
        assertThat(inbox.nextReadyNanos()).as("nothing waiting").isEmpty();
        Path fresh = drop("fresh.txt", "Just saved.", START.minusMillis(100));
        Path old = drop("old.txt", "Saved an hour ago.", START.minus(Duration.ofHours(1)));
        assertThat(scanAt(10)).isEmpty();
        assertThat(nextReadyMillis()).as("the confirming look").isEqualTo(35);
        assertThat(scanAt(35)).containsExactly(old);
        assertThat(nextReadyMillis()).as("the fresh file's time plus the interval").isEqualTo(200);
        inbox.handled(old);
        Files.delete(old);
        assertThat(scanAt(200)).containsExactly(fresh);
        assertThat(inbox.nextReadyNanos()).as("everything ready").isEmpty();
    }

    @Test
    void filesAreReadyOldestFirst() throws IOException {
        Path newer = drop("newer.txt", "Tuesday.", START.minus(Duration.ofHours(1)));
        Path older = drop("older.txt", "Monday.", START.minus(Duration.ofHours(2)));
        scanAt(0);
        assertThat(scanAt(25)).containsExactly(older, newer);
    }

    @Test
    void aFileWrittenAfterItWasFoundReadyIsNoLongerUnchanged() throws IOException {
        Instant old = START.minus(Duration.ofHours(1));
        Path grown = drop("grown.txt", "Raqqa fell", old);
        Path touched = drop("touched.txt", "Damascus said on Tuesday.", old);
        Path gone = drop("gone.txt", "Deleted after the scan.", old);
        Path still = drop("still.txt", "Nobody writes here.", old);
        scanAt(0);
        assertThat(scanAt(25)).containsExactlyInAnyOrder(grown, touched, gone, still);
        Files.writeString(grown, " in October.", StandardOpenOption.APPEND);
        Files.setLastModifiedTime(grown, FileTime.from(old));
        Files.setLastModifiedTime(touched, FileTime.from(old.plusMillis(1)));
        Files.delete(gone);
        assertThat(inbox.unchangedSinceReady(grown)).isFalse();
        assertThat(inbox.unchangedSinceReady(touched)).isFalse();
        assertThat(inbox.unchangedSinceReady(gone)).isFalse();
        assertThat(inbox.unchangedSinceReady(still)).isTrue();
        assertThat(scanAt(50)).as("judged anew").containsExactly(still);
    }

    @Test
    void temporaryNamesAreNeverReady() throws IOException {
        Instant old = START.minus(Duration.ofHours(1));
        drop("page.html.part", "<html>", old);
        drop(".hidden.txt", "hidden", old);
        scanAt(0);
        assertThat(scanAt(25)).isEmpty();
        assertThat(inbox.nextReadyNanos()).isEmpty();
    }

    private List<Path> scanAt(long millis) throws IOException {
        now = START.plusMillis(millis);
        return inbox.ready(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    private long nextReadyMillis() {
        return TimeUnit.NANOSECONDS.toMillis(inbox.nextReadyNanos().orElseThrow());
    }

    private Path drop(String name, String text, Instant modified) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
