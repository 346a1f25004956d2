package io.newsflow.cli;

import io.newsflow.schemas.topics.ServiceAccess;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** The -s KEY=VALUE settings: each must name a real setting, so a typo fails loudly instead of being ignored. */
public final class Settings {
    private Settings() {
    }

    /** A setting as a stage sees it: given with -s, else the stage's default. */
    public static String valueOf(Map<String, String> given, String key, ConfigDef definition) {
        return given.getOrDefault(key, String.valueOf(definition.defaultValues().get(key)));
    }

    static void requireKnown(Map<String, String> given, ConfigDef... definitions) {
        Set<String> known = new TreeSet<>(ServiceAccess.definition().names());
        for (ConfigDef definition : definitions) {
            known.addAll(definition.names());
        }
        for (String key : given.keySet()) {
            if (!known.contains(key)) {
                throw new ConfigException("Unknown setting '" + key + "'. Known settings: " + String.join(", ", known));
            }
        }
    }
}
