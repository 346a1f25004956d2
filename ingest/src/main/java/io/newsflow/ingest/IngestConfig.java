package io.newsflow.ingest;

import io.newsflow.schemas.topics.NewsTopics;
import io.newsflow.schemas.topics.ServiceAddresses;
import io.newsflow.schemas.topics.TopicLayout;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/** Every setting of the ingest stage, with its default and meaning; validated when constructed. */
public final class IngestConfig extends AbstractConfig {
    public static final String BOOTSTRAP_SERVERS = ServiceAddresses.BOOTSTRAP_SERVERS;
    public static final String SCHEMA_REGISTRY_URL = ServiceAddresses.SCHEMA_REGISTRY_URL;
    public static final String INBOX_DIR = "inbox.dir";
    public static final String DONE_DIR = "done.dir";
    public static final String FAILED_DIR = "failed.dir";
    public static final String RAW_TOPIC = "topic.raw";
    public static final String POLL_INTERVAL_MS = "poll.interval.ms";
    public static final String STABLE_INTERVAL_MS = "stable.interval.ms";
    public static final String MAX_FILE_BYTES = "max.file.bytes";
    public static final String RECURSIVE = "recursive";
    public static final String AFTER_PUBLISH = "after.publish";
    public static final String RETRY_MAX_BACKOFF_MS = "retry.max.backoff.ms";

    static final ConfigDef DEFINITION = ServiceAddresses.addTo(TopicLayout.addTo(new ConfigDef()))
            .define(INBOX_DIR, Type.STRING, "inbox", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Folder watched for dropped files.")
            .define(DONE_DIR, Type.STRING, "", Importance.MEDIUM,
                    "Where published files are moved; empty = <inbox>/done.")
            .define(FAILED_DIR, Type.STRING, "", Importance.MEDIUM,
                    "Where refused files are moved, each with <name>.error.txt; empty = <inbox>/failed.")
            .define(RAW_TOPIC, Type.STRING, NewsTopics.RAW, new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Topic that receives one record per file.")
            .define(POLL_INTERVAL_MS, Type.LONG, 500L, Range.between(10, 3_600_000), Importance.LOW,
                    "How often the inbox is rescanned besides file-system events (events are unreliable on network mounts).")
            .define(STABLE_INTERVAL_MS, Type.LONG, 300L, Range.between(0, 3_600_000), Importance.MEDIUM,
                    "A file is read once two scans found the same size and modification time and that time is"
                            + " at least this long ago (still being written otherwise). If the time cannot be trusted"
                            + " (in the future, or older than a change the scans saw, as with a network mount's clock"
                            + " ahead of or behind ours), this long from when the scans first found that size and time."
                            + " Lower takes files sooner, but a writer that pauses longer than this in the middle of a"
                            + " file may have the part written so far read and published: raise it for slow network"
                            + " writers.")
            .define(MAX_FILE_BYTES, Type.LONG, 20L * 1024 * 1024, Range.between(1, 1L << 31), Importance.MEDIUM,
                    "Larger files (after gzip decompression) are refused; Kafka's record size limits apply too.")
            .define(RECURSIVE, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Also pick up files in subfolders of the inbox (names keep the subfolder).")
            .define(AFTER_PUBLISH, Type.STRING, "move", ConfigDef.ValidString.in("move", "delete"), Importance.MEDIUM,
                    "What to do with a published file: move it to the done folder, or delete it.")
            .define(RETRY_MAX_BACKOFF_MS, Type.LONG, 10_000L, Range.between(100, 3_600_000), Importance.LOW,
                    "Longest wait between passes while publishing fails (broker or schema registry unreachable):"
                            + " the files stay in the inbox and retries never stop; the wait starts at"
                            + " poll.interval.ms and doubles, so an outage is logged a few times, not every pass.");

    public IngestConfig(Map<String, ?> settings) {
        super(DEFINITION, settings, false);
    }

    public static ConfigDef definition() {
        return DEFINITION;
    }

    Path inbox() {
        return Paths.get(getString(INBOX_DIR)).toAbsolutePath().normalize();
    }

    Path done() {
        String dir = getString(DONE_DIR);
        return dir.isBlank() ? inbox().resolve("done") : Paths.get(dir).toAbsolutePath().normalize();
    }

    Path failed() {
        String dir = getString(FAILED_DIR);
        return dir.isBlank() ? inbox().resolve("failed") : Paths.get(dir).toAbsolutePath().normalize();
    }

    Duration pollInterval() {
        return Duration.ofMillis(getLong(POLL_INTERVAL_MS));
    }

    Duration retryMaxBackoff() {
        return Duration.ofMillis(getLong(RETRY_MAX_BACKOFF_MS));
    }

    Duration stableInterval() {
        return Duration.ofMillis(getLong(STABLE_INTERVAL_MS));
    }
}
