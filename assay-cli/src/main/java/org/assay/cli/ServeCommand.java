package org.assay.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.assay.server.AssayServer;
import org.assay.server.ServerConfig;
import org.assay.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the knowledge base: REST API under /api (described at /openapi.json)"
        + " and web pages. Writes need the bearer token from the configuration.")
final class ServeCommand implements Callable<Integer> {

    private static final Set<String> KEYS = Set.of("host", "port", "token", "max-body-bytes");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption db;

    @Mixin
    NlpOptions nlp;

    @Option(names = "--config", paramLabel = "FILE",
            description = "properties file: host, port, token, max-body-bytes (unknown keys are an error)")
    Path config;

    @Option(names = "--host", description = "address to listen on (default 127.0.0.1)")
    String host;

    @Option(names = "--port", description = "port (default 8080; 0 picks a free one)")
    Integer port;

    @Override
    public Integer call() throws InterruptedException {
        Properties p = new Properties();
        if (config != null) {
            try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UserError("cannot read the server configuration " + config + ": " + e.getMessage());
            }
            for (String key : p.stringPropertyNames()) {
                if (!KEYS.contains(key)) {
                    throw new UserError("unknown key '" + key + "' in " + config + " (known: " + KEYS + ")");
                }
            }
        }
        ServerConfig settings;
        try {
            settings = new ServerConfig(host != null ? host : p.getProperty("host", "127.0.0.1"),
                    port != null ? port : Integer.parseInt(p.getProperty("port", "8080")),
                    p.getProperty("token", System.getenv("ASSAY_TOKEN")),
                    Long.parseLong(p.getProperty("max-body-bytes", String.valueOf(ServerConfig.DEFAULT_MAX_BODY))));
        } catch (IllegalArgumentException e) {
            throw new UserError("bad server configuration: " + e.getMessage());
        }
        Store store = db.open();
        AssayServer server;
        try {
            server = AssayServer.start(store, () -> Engines.analyzer(nlp.taggers())::analyze, IngestCommand.analyzerVersion(nlp.taggers()),
                    settings);
        } catch (RuntimeException e) {
            store.close();
            throw new UserError("cannot serve on " + settings.host() + ":" + settings.port() + ": " + e.getMessage());
        }
        spec.commandLine().getErr().println("assay: serving " + db.location + " at " + server.baseUrl()
                + (settings.writeToken() == null ? " (read-only: no token configured)" : ""));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
