package io.newsflow.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The drop folder as the watcher sees it: the files that are complete and ready to read.
 * A file is ready when two scans found it with the same size and modification time and that
 * time is at least the stable interval ago; until then a scanner or browser may still be writing
 * it. A file moved in with an old time is thus ready at the second look, which may follow the
 * first within milliseconds ({@link #nextReadyNanos}). If the time cannot be trusted, the interval
 * counts from the scan that first found that size and time instead: a time in the future (a
 * network mount's clock ahead of ours), or a time before our previous look on a file seen
 * changing since (a clock behind ours, or coarse times like FAT's). Temporary names are ignored,
 * links are never followed (a link could lead out of the inbox) but reported like files, so that
 * the reader refuses them with a reason, and the done/failed folders are skipped when they live
 * inside it.
 */
final class Inbox {
    /** Hidden files, partial downloads, editor and Office lock files: not the user's finished files. */
    private static final Pattern TEMPORARY = Pattern.compile("^(\\..*|~\\$.*|.*\\.(part|partial|tmp|crdownload|download|swp))$",
            Pattern.CASE_INSENSITIVE);
    /** How soon the confirming second look follows the first: the file's own time says how long it has been still. */
    static final long CONFIRM_NANOS = TimeUnit.MILLISECONDS.toNanos(25);
    /** How far a written file's time may lag our clock: file systems stamp times from a coarsely ticking clock. */
    private static final long TIME_LAG_MILLIS = 50;

    private final Path root;
    private final boolean recursive;
    private final Set<Path> skipped;
    private final long stableNanos;
    private final InstantSource wallClock;
    private final Map<Path, Observation> observed = new HashMap<>();
    private long seen;
    private long previousScanMillis;
    private OptionalLong nextReadyNanos = OptionalLong.empty();

    /**
     * A size and time as scans found them.
     *
     * @param confirmed found by more than one scan
     * @param timeTrusted false when the file was seen changing but its time is before the look that preceded the change
     */
    private record Observation(long size, FileTime modified, long firstSeenNanos, boolean confirmed,
                               boolean timeTrusted) {
    }

    /** @param wallClock the clock that modification times are compared with */
    Inbox(Path root, boolean recursive, Set<Path> skipped, Duration stable, InstantSource wallClock) {
        this.root = root;
        this.recursive = recursive;
        this.skipped = skipped;
        this.stableNanos = stable.toNanos();
        this.wallClock = wallClock;
    }

    static boolean isTemporary(Path file) {
        return TEMPORARY.matcher(file.getFileName().toString()).matches();
    }

    /** Files seen for the first time since start. */
    long seen() {
        return seen;
    }

    /** Scans the folder; returns the files that are ready, oldest first. */
    List<Path> ready(long nowNanos) throws IOException {
        long nowMillis = wallClock.millis();
        Map<Path, Observation> present = new HashMap<>();
        // walkFileTree without FOLLOW_LINKS reports links as links: neither read nor descended into
        Files.walkFileTree(root, Collections.emptySet(), recursive ? Integer.MAX_VALUE : 1, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                boolean descend = dir.equals(root)
                        || (!skipped.contains(dir) && !dir.getFileName().toString().startsWith("."));
                return descend ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                // a link is reported so that it is refused with a reason, never read: it could lead out of the inbox
                if ((attributes.isRegularFile() || attributes.isSymbolicLink()) && !isTemporary(file)
                        && !skipped.contains(file)) {
                    present.put(file, observe(observed.get(file), attributes, nowNanos));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // vanished between listing and reading, or unreadable: looked at again next pass
                return FileVisitResult.CONTINUE;
            }
        });
        observed.keySet().retainAll(present.keySet());
        observed.putAll(present);
        previousScanMillis = nowMillis;

        List<Path> ready = new ArrayList<>();
        long untilNextLook = Long.MAX_VALUE;
        for (Map.Entry<Path, Observation> file : present.entrySet()) {
            Observation observation = file.getValue();
            long untilReady = readyNanos(observation, nowNanos, nowMillis) - nowNanos;
            if (observation.confirmed && untilReady <= 0) {
                ready.add(file.getKey());
            } else {
                long untilLook = observation.confirmed ? untilReady : Math.max(untilReady, CONFIRM_NANOS);
                untilNextLook = Math.min(untilNextLook, untilLook);
            }
        }
        nextReadyNanos = untilNextLook == Long.MAX_VALUE
                ? OptionalLong.empty() : OptionalLong.of(nowNanos + untilNextLook);
        ready.sort(Comparator.comparing(file -> present.get(file).modified));
        return ready;
    }

    private Observation observe(Observation before, BasicFileAttributes attributes, long nowNanos) {
        long size = attributes.size();
        FileTime modified = attributes.lastModifiedTime();
        if (before == null) {
            seen++;
            return new Observation(size, modified, nowNanos, false, true);
        }
        if (before.size == size && before.modified.equals(modified)) {
            return new Observation(size, modified, before.firstSeenNanos, true, before.timeTrusted);
        }
        // changed since our previous look, so written after it: an earlier time is coarse or from a clock behind ours
        boolean timeTrusted = modified.toMillis() >= previousScanMillis - TIME_LAG_MILLIS;
        return new Observation(size, modified, nowNanos, false, timeTrusted);
    }

    /** When the file can be ready if it keeps its size and time; on the clock of {@code nowNanos}. */
    private long readyNanos(Observation file, long nowNanos, long nowMillis) {
        long modifiedMillis = file.modified.toMillis();
        if (!file.timeTrusted || modifiedMillis > nowMillis) {
            return file.firstSeenNanos + stableNanos;
        }
        return nowNanos + Math.max(0, TimeUnit.MILLISECONDS.toNanos(modifiedMillis - nowMillis) + stableNanos);
    }

    /** When the earliest file the last scan found not yet ready can be ready, or needs its second look; empty if none. */
    OptionalLong nextReadyNanos() {
        return nextReadyNanos;
    }

    /** False if the file was written since the scan found it ready, or is gone: what was read of it may be partial. */
    boolean unchangedSinceReady(Path file) {
        Observation judged = observed.get(file);
        try {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return judged != null && judged.size == now.size() && judged.modified.equals(now.lastModifiedTime());
        } catch (IOException gone) {
            return false;
        }
    }

    /** Forgets a handled file, so a new file of the same name counts as new. */
    void handled(Path file) {
        observed.remove(file);
    }

    /** The name recorded for a file: relative to the inbox, '/'-separated; the bare name for files elsewhere. */
    String nameOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(root) ? root.relativize(absolute) : absolute.getFileName();
        // joined by '/' element by element: a backslash is part of a name here, never a separator to turn into one
        StringBuilder name = new StringBuilder();
        for (Path element : relative) {
            name.append(name.length() == 0 ? "" : "/").append(element);
        }
        return name.toString();
    }
}
