package io.newsflow.schemas.topics;

import org.apache.kafka.common.config.ConfigDef;

/**
 * Where every stage finds Kafka and the schema registry, declared once for all of them; how the
 * stages prove who they are there is {@link ServiceAccess}.
 */
public final class ServiceAddresses {
    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(BOOTSTRAP_SERVERS, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    ConfigDef.Importance.HIGH, "Kafka brokers, host:port[,host:port].")
            .define(SCHEMA_REGISTRY_URL, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    ConfigDef.Importance.HIGH, "Confluent-compatible schema registry URL.");

    private ServiceAddresses() {
    }

    /** Adds both settings, with their meaning, to a stage's {@code definition}. */
    public static ConfigDef addTo(ConfigDef definition) {
        DEFINITION.configKeys().values().forEach(definition::define);
        return definition;
    }
}
