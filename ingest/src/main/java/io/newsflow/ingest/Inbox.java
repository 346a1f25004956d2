package io.newsflow.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The drop folder as the watcher sees it: the files that are complete and ready to read.
 * A file is ready once its size and modification time stayed the same for the stable
 * interval (a scanner or browser may still be writing it). Temporary names are ignored, links
 * are never followed (a link could lead out of the inbox), and the done/failed folders are
 * skipped when they live inside it.
 */
final class Inbox {
    /** Hidden files, partial downloads, editor and Office lock files: not the user's finished files. */
    private static final Pattern TEMPORARY = Pattern.compile("^(\\..*|~\\$.*|.*\\.(part|partial|tmp|crdownload|download|swp))$",
            Pattern.CASE_INSENSITIVE);

    private final Path root;
    private final boolean recursive;
    private final Set<Path> skipped;
    private final long stableNanos;
    private final Map<Path, Observation> observed = new HashMap<>();
    private long seen;

    private record Observation(long size, long modified, long sameSinceNanos) {
    }

    Inbox(Path root, boolean recursive, Set<Path> skipped, long stableNanos) {
        this.root = root;
        this.recursive = recursive;
        this.skipped = skipped;
        this.stableNanos = stableNanos;
    }

    static boolean isTemporary(Path file) {
        return TEMPORARY.matcher(file.getFileName().toString()).matches();
    }

    /** Files seen for the first time since start. */
    long seen() {
        return seen;
    }

    /** Scans the folder; returns the files whose size and time have been stable long enough, oldest first. */
    List<Path> ready(long nowNanos) throws IOException {
        Map<Path, Observation> present = new HashMap<>();
        Map<Path, Long> modifiedTimes = new HashMap<>();
        List<Path> ready = new ArrayList<>();
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
                if (!attributes.isRegularFile() || isTemporary(file)) {
                    return FileVisitResult.CONTINUE;
                }
                long size = attributes.size();
                long modified = attributes.lastModifiedTime().toMillis();
                Observation before = observed.get(file);
                Observation current = before != null && before.size == size && before.modified == modified
                        ? before : new Observation(size, modified, nowNanos);
                if (before == null) {
                    seen++;
                }
                present.put(file, current);
                if (nowNanos - current.sameSinceNanos >= stableNanos) {
                    ready.add(file);
                    modifiedTimes.put(file, modified);
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
        ready.sort((a, b) -> Long.compare(modifiedTimes.get(a), modifiedTimes.get(b)));
        return ready;
    }

    /** Forgets a handled file, so a new file of the same name counts as new. */
    void handled(Path file) {
        observed.remove(file);
    }

    /** The name recorded for a file: relative to the inbox, '/'-separated; the bare name for files elsewhere. */
    String nameOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(root) ? root.relativize(absolute) : absolute.getFileName();
        return relative.toString().replace('\\', '/');
    }
}
