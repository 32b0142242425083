package org.assay.store;

/** The database failed or could not be reached; the message says what was being done. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
