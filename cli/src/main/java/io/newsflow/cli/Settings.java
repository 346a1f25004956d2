package io.newsflow.cli;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.schemas.topics.ClientSettings;
import io.newsflow.schemas.topics.ServiceAccess;
import io.newsflow.sink.SinkConfig;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * The settings of the stages, given with -s KEY=VALUE or as environment variables: each -s must
 * name a real setting, so a typo fails loudly instead of being ignored; the environment is read
 * only for the settings the stages declare, so other NEWSFLOW_ variables are left alone.
 */
public final class Settings {
    private static final String ENVIRONMENT_PREFIX = "NEWSFLOW_";

    private Settings() {
    }

    /** Every stage's declared settings, and the access settings they share. */
    static ConfigDef[] all() {
        return new ConfigDef[] {IngestConfig.definition(), EnrichConfig.definition(), SinkConfig.definition(),
                ServiceAccess.definition()};
    }

    /** NEWSFLOW_ and the key in capitals, dots and dashes as underscores: topic.entity-counts is NEWSFLOW_TOPIC_ENTITY_COUNTS. */
    static String environmentVariable(String key) {
        return ENVIRONMENT_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The declared settings that {@code environment} sets, by key. */
    static Map<String, String> fromEnvironment(Map<String, String> environment, ConfigDef... definitions) {
        Map<String, String> found = new TreeMap<>();
        for (ConfigDef definition : definitions) {
            for (String key : definition.names()) {
                String value = environment.get(environmentVariable(key));
                if (value != null) {
                    found.put(key, value);
                }
            }
        }
        return found;
    }

    /** A setting as a stage sees it: given (with -s or in the environment), else the stage's default. */
    public static String valueOf(Map<String, String> given, String key, ConfigDef definition) {
        return given.getOrDefault(key, String.valueOf(definition.defaultValues().get(key)));
    }

    static void requireKnown(Map<String, String> given, ConfigDef... definitions) {
        Set<String> known = new TreeSet<>(ServiceAccess.definition().names());
        for (ConfigDef definition : definitions) {
            known.addAll(definition.names());
        }
        for (String key : given.keySet()) {
            if (ClientSettings.isPassedThrough(key)) {
                ClientSettings.requireAllowed(key);
            } else if (!known.contains(key)) {
                throw new ConfigException("Unknown setting '" + key + "'. Known settings: " + String.join(", ", known)
                        + "; and Kafka's own client settings as producer.*, consumer.* or streams.*.");
            }
        }
    }
}
