package org.assay.cli;

/** A problem with what the user gave: printed as one line, exit status 2, no stack trace. */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message, null, false, false);
    }
}
