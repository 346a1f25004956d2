package io.newsflow.schemas.topics;

import java.util.Map;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.IllegalSaslStateException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;

/** Why a broker did not serve a stage, told in terms of the setting to fix. */
public final class BrokerRefusal {
    private BrokerRefusal() {
    }

    /** "{@code what} on {@code bootstrap}: the reason; the settings to check", from the client's {@code cause}. */
    public static String explain(String what, String bootstrap, Map<String, ?> access, int answerSeconds,
                                 Throwable cause) {
        String protocol = ServiceAccess.protocolOf(access);
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String head = what + " on " + bootstrap + " (security.protocol=" + protocol + "): ";
        if (causedBy(cause, SaslAuthenticationException.class)) {
            return head + "the broker refused our credentials (" + reason + "). Check sasl.jaas.config and"
                    + " sasl.mechanism (now " + (access.containsKey(SaslConfigs.SASL_MECHANISM)
                    ? access.get(SaslConfigs.SASL_MECHANISM) : SaslConfigs.DEFAULT_SASL_MECHANISM) + ").";
        }
        if (causedBy(cause, IllegalSaslStateException.class)) {
            return head + "the broker's listener does not speak SASL (" + reason + "). Check security.protocol:"
                    + " PLAINTEXT or SSL for a listener without SASL.";
        }
        if (causedBy(cause, SslAuthenticationException.class) || causedBy(cause, SSLException.class)) {
            return head + "the TLS handshake failed (" + reason + "). Check that security.protocol matches the"
                    + " broker's listener (SSL or SASL_SSL only on a TLS listener), and the ssl.truststore.* settings.";
        }
        if (causedBy(cause, AuthorizationException.class)) {
            return head + "the broker does not allow it (" + reason + "). Grant the principal of sasl.jaas.config"
                    + " (or of the TLS certificate) access to the topics, or use another principal.";
        }
        if (cause instanceof TimeoutException || causedBy(cause, org.apache.kafka.common.errors.TimeoutException.class)) {
            return head + "no answer in " + answerSeconds + " s (" + reason + "). Is Kafka running there,"
                    + " and does security.protocol match the broker's listener (a SASL or TLS client on a PLAINTEXT"
                    + " listener, or the other way round, gets no answer)?";
        }
        return head + reason + ". Is Kafka running there, and are bootstrap.servers and security.protocol right?";
    }

    /** An admin client; settings it cannot work with (a missing trust store, a bad JAAS line) are named, not buried. */
    public static Admin admin(Map<String, Object> settings) {
        try {
            return Admin.create(settings);
        } catch (KafkaException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new KafkaException("The Kafka client settings cannot be used: " + root.getMessage().replaceAll("\\.$", "")
                    + ". Check security.protocol and the ssl.* and sasl.* settings (-s).", e);
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> kind) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
