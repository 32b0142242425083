package org.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import org.assay.article.Article;
import org.junit.jupiter.api.Test;

/** Feeds read from URLs, served by a JDK HTTP server on loopback. */
class FeedUrlIT {

    @Test
    void aFeedUrlIsFetchedAndItsEntriesRead() throws Exception {
        byte[] feed = Files.readAllBytes(InputsTest.INPUTS.resolve("feed.atom"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", exchange -> {
            exchange.sendResponseHeaders(200, feed.length);
            exchange.getResponseBody().write(feed);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Article a = InputsTest.article(InputsTest.read(base + "/feed.xml").get(0));
            assertThat(a.title()).isEqualTo("Tunnel plan approved");
            assertThat(InputsTest.read(base + "/missing.xml")).singleElement()
                    .isInstanceOfSatisfying(Item.Broken.class, b -> assertThat(b.reason()).isEqualTo("HTTP 404"));
        } finally {
            server.stop(0);
        }
    }
}
