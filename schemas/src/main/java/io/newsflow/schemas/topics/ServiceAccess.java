package io.newsflow.schemas.topics;

import io.newsflow.schemas.serde.AvroSerdeConfig;
import io.newsflow.schemas.serde.SchemaRegistryClient;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.utils.Utils;

/**
 * How every stage proves who it is: Kafka's own client settings for TLS and SASL
 * ({@code security.protocol}, {@code ssl.*}, {@code sasl.*}) and the registry's basic auth. Given
 * once with -s, they reach every Kafka client and serde of the stage unchanged; passwords are
 * typed as such, so Kafka's and our own config dumps show them as [hidden].
 */
public final class ServiceAccess {
    public static final String SECURITY_PROTOCOL = CommonClientConfigs.SECURITY_PROTOCOL_CONFIG;

    private static final ConfigDef DEFINITION = build();

    private ServiceAccess() {
    }

    private static ConfigDef build() {
        ConfigDef kafka = new ConfigDef()
                .define(SECURITY_PROTOCOL, ConfigDef.Type.STRING, CommonClientConfigs.DEFAULT_SECURITY_PROTOCOL,
                        ConfigDef.CaseInsensitiveValidString.in(Utils.enumOptions(SecurityProtocol.class)),
                        ConfigDef.Importance.MEDIUM, "How the Kafka clients talk to the brokers: PLAINTEXT, SSL,"
                                + " SASL_PLAINTEXT or SASL_SSL; the ssl.* and sasl.* settings are Kafka's own.")
                .define(AvroSerdeConfig.BASIC_AUTH_USER_INFO, ConfigDef.Type.PASSWORD, null, ConfigDef.Importance.MEDIUM,
                        "user:password for HTTP basic auth against the schema registry; empty for none.");
        SslConfigs.addClientSslSupport(kafka);
        SaslConfigs.addClientSaslSupport(kafka);
        return kafka;
    }

    /** Every access setting, with its default and meaning. */
    public static ConfigDef definition() {
        return DEFINITION;
    }

    /** The Kafka security settings among {@code settings}: to be added to every producer, consumer, admin and stream. */
    public static Map<String, Object> kafka(Map<String, ?> settings) {
        Map<String, Object> kafka = new HashMap<>();
        settings.forEach((key, value) -> {
            if (DEFINITION.names().contains(key) && !key.equals(AvroSerdeConfig.BASIC_AUTH_USER_INFO) && value != null) {
                kafka.put(key, value);
            }
        });
        return kafka;
    }

    /** What a serde needs to reach the registry at {@code url}: the URL and, if given, the basic auth. */
    public static Map<String, Object> registry(Map<String, ?> settings, String url) {
        Map<String, Object> registry = new HashMap<>();
        registry.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, url);
        Object userInfo = settings.get(AvroSerdeConfig.BASIC_AUTH_USER_INFO);
        if (userInfo != null) {
            registry.put(AvroSerdeConfig.BASIC_AUTH_USER_INFO, userInfo);
        }
        return registry;
    }

    /** Fails, naming the setting to fix, if the registry at {@code url} refuses the given credentials or TLS. */
    public static void checkRegistry(Map<String, ?> settings, String url) {
        Object userInfo = settings.get(AvroSerdeConfig.BASIC_AUTH_USER_INFO);
        String given = userInfo instanceof Password password ? password.value() : (String) userInfo;
        new SchemaRegistryClient(url, given).checkAccess();
    }

    /** {@code url} without any user:password in it, to be shown or logged. */
    public static String withoutUserInfo(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        int at = url.indexOf('@', scheme + 3);
        int end = url.indexOf('/', scheme + 3);
        return scheme < 0 || at < 0 || (end >= 0 && at > end) ? url : url.substring(0, scheme + 3) + url.substring(at + 1);
    }

    /** The security protocol as {@code settings} give it, for messages. */
    public static String protocolOf(Map<String, ?> settings) {
        Object given = settings.get(SECURITY_PROTOCOL);
        return given == null ? CommonClientConfigs.DEFAULT_SECURITY_PROTOCOL : given.toString();
    }
}
