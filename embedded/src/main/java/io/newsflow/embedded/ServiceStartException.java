package io.newsflow.embedded;

/** An embedded service could not start; the message says why and what to do. */
public class ServiceStartException extends RuntimeException {
    public ServiceStartException(String message) {
        super(message);
    }

    public ServiceStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
