package io.newsflow.cli;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Checks that every -s KEY=VALUE names a real setting, so a typo fails loudly instead of being ignored. */
final class Settings {
    private Settings() {
    }

    static void requireKnown(Map<String, String> given, ConfigDef... definitions) {
        Set<String> known = new TreeSet<>();
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
