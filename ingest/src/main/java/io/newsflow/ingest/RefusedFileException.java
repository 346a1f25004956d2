package io.newsflow.ingest;

/** A dropped file that can never be published as it is; the message is the one-sentence reason for the user. */
final class RefusedFileException extends Exception {
    RefusedFileException(String reason) {
        super(reason);
    }
}
