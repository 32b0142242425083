package org.assay.server;

/**
 * How the server runs.
 *
 * @param host         the address to listen on ({@code 127.0.0.1} by default)
 * @param port         the port; 0 picks a free one
 * @param writeToken   the bearer token writes need; {@code null} turns writes off
 * @param maxBodyBytes the largest request body accepted
 */
public record ServerConfig(String host, int port, String writeToken, long maxBodyBytes) {

    public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("max body must be positive");
        }
        if (writeToken != null && writeToken.length() < 8) {
            throw new IllegalArgumentException("the write token must have at least 8 characters");
        }
    }
}
