package io.newsflow.schemas.serde;

/**
 * A schema registry refused a request or could not be reached. {@link #errorCode()} is the
 * Confluent error code (40401 subject not found, 40403 schema id not found, 409 incompatible,
 * 42201 invalid schema) or the HTTP status when the body carried none, or -1 when no answer came.
 */
public class SchemaRegistryException extends RuntimeException {
    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int INCOMPATIBLE = 409;
    public static final int INVALID_SCHEMA = 42201;

    private final int errorCode;

    public SchemaRegistryException(String message, int errorCode, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    public int errorCode() {
        return errorCode;
    }

    /** The registry refused who we are (401, 403) or the TLS handshake failed: settings to fix, not a bad record. */
    public boolean refusedAccess() {
        return errorCode == 401 || errorCode == 403 || getCause() instanceof javax.net.ssl.SSLException;
    }

    /** No answer came, or the registry failed (5xx): it is down, not the request wrong, and asking again may work. */
    public boolean unavailable() {
        return errorCode == -1 || (errorCode >= 500 && errorCode < 600);
    }

    /** Whether {@code error} comes from a registry that is down rather than from the record or request. */
    public static boolean unavailableIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SchemaRegistryException registry && registry.unavailable()) {
                return true;
            }
        }
        return false;
    }

    /** The access refusal behind {@code error}, if that is what it is. */
    public static java.util.Optional<SchemaRegistryException> refusalIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SchemaRegistryException registry && registry.refusedAccess()) {
                return java.util.Optional.of(registry);
            }
        }
        return java.util.Optional.empty();
    }
}
