package org.assay.server;

/** A request the server refuses: answered as JSON {@code {"status": ..., "message": ...}} by the one mapper. */
final class ApiError extends RuntimeException {

    final int status;

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static ApiError notFound(String what) {
        return new ApiError(404, what + " not found");
    }
}
