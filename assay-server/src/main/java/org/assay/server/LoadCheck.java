package org.assay.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded read load against a running server, from its own process: {@code clients} threads each loop over the
 * read endpoints (search, article, speakers, claims) until the time is up, then latencies and errors are printed.
 * Every path is requested three times first, one at a time, to warm the server up; those are not counted.
 * Refuses any host but loopback.
 *
 * <p>Run: {@code java -cp assay-cli/target/assay.jar org.assay.server.LoadCheck http://127.0.0.1:8080 50 30}.
 */
public final class LoadCheck {

    private LoadCheck() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
            System.err.println("load-check: only loopback targets are allowed, not " + base.getHost());
            System.exit(2);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> paths = paths(http, base);
        for (int round = 0; round < 3; round++) {
            for (String path : paths) {
                http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.discarding());
            }
        }
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread t = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                int i = first;
                while (System.nanoTime() < end) {
                    String path = paths.get(i++ % paths.size());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(path))
                                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - t0);
                }
                samples.add(mine.stream().mapToLong(Long::longValue).toArray());
                done.countDown();
            });
            t.start();
        }
        done.await();
        long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%d clients, %d s, %d requests (%.0f/s), %d errors; latency p50 %.1f ms, p95 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms%n", clients, seconds, all.length, all.length / (double) seconds,
                errors.get(), pct(all, 50), pct(all, 95), pct(all, 99), all[all.length - 1] / 1e6);
    }

    /** Read paths drawn from what the server holds: articles, speakers, claims and searches. */
    private static List<String> paths(HttpClient http, URI base) throws Exception {
        String articles = http.send(HttpRequest.newBuilder(base.resolve("/api/articles?limit=20")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String speakers = http.send(HttpRequest.newBuilder(base.resolve("/api/speakers?limit=10")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var json = AssayServer.JSON;
        List<String> paths = new ArrayList<>(List.of("/api/search?q=government", "/api/search?q=market+growth",
                "/api/claims?verdict=SUPPORTED&limit=20", "/api/speakers", "/api/search?q=said"));
        json.readTree(articles).path("articles").forEach(a -> {
            paths.add("/api/articles/" + a.get("id").asLong());
            paths.add("/articles/" + a.get("id").asLong());
        });
        json.readTree(speakers).path("speakers").forEach(s -> {
            paths.add("/api/speakers/" + s.get("id").asLong() + "?limit=20");
            String word = s.get("name").asText().split(" ")[0];
            paths.add("/api/search?q=said&speaker=" + java.net.URLEncoder.encode(s.get("name").asText(),
                    java.nio.charset.StandardCharsets.UTF_8) + "&limit=20");
            paths.add("/search?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8));
        });
        return paths;
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
