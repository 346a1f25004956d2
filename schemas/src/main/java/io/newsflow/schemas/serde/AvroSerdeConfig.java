package io.newsflow.schemas.serde;

import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.types.Password;

/** Settings of {@link AvroSerializer} and {@link AvroDeserializer}; names follow Confluent's serde. */
public final class AvroSerdeConfig extends AbstractConfig {
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";

    static final ConfigDef DEFINITION = new ConfigDef()
            .define(SCHEMA_REGISTRY_URL, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                    new ConfigDef.NonEmptyString(), ConfigDef.Importance.HIGH,
                    "Base URL of the Confluent-compatible schema registry API, e.g. http://127.0.0.1:8081.")
            .define(BASIC_AUTH_USER_INFO, ConfigDef.Type.PASSWORD, null, ConfigDef.Importance.MEDIUM,
                    "user:password for HTTP basic auth against the registry; empty for none.")
            .define(AUTO_REGISTER_SCHEMAS, ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.MEDIUM,
                    "Register the record's schema when serializing; when false it must already be registered.");

    public AvroSerdeConfig(Map<String, ?> originals) {
        super(DEFINITION, originals, false);
    }

    SchemaRegistryClient newClient() {
        Password userInfo = getPassword(BASIC_AUTH_USER_INFO);
        return new SchemaRegistryClient(getString(SCHEMA_REGISTRY_URL), userInfo == null ? null : userInfo.value());
    }

    boolean autoRegister() {
        return getBoolean(AUTO_REGISTER_SCHEMAS);
    }
}
