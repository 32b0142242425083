package org.assay.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assay.article.ArticleReader;
import org.assay.article.UnreadableArticleException;

/**
 * Reads inputs into {@link Item}s, one at a time, in order: files by their extension ({@code .txt}, {@code .html},
 * {@code .json}, read by the core's {@link ArticleReader} exactly as {@code assay analyze} reads them; {@code .jsonl},
 * {@code .rss}/{@code .atom}/{@code .xml}, {@code .warc}/{@code .warc.gz}), folders
 * recursively (files of other kinds and {@code *.gold.json} are passed over), and {@code http(s)://} URLs as feeds.
 * A bad record becomes a {@link Item.Broken} and reading goes on.
 *
 * <p>Stateless and thread-safe.
 */
public final class Inputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ArticleReader ARTICLES = new ArticleReader(ArticleReader.DEFAULT_MAX_CHARS);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private Inputs() {
    }

    /**
     * Checks that every location is a URL or an existing file or folder.
     *
     * @throws IllegalArgumentException naming the first that is not
     */
    public static void check(List<String> locations) {
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("no inputs given");
        }
        for (String l : locations) {
            if (!isUrl(l) && !Files.exists(Path.of(l))) {
                throw new IllegalArgumentException("no such file or folder: " + l);
            }
        }
    }

    /**
     * How many records a location holds when that is known before reading: 1 for an article file, the number of
     * article files in a folder of single-article files; -1 for URLs, feeds, JSON Lines, WARC and folders holding them.
     */
    public static int countFiles(String location) {
        if (isUrl(location)) {
            return -1;
        }
        Path p = Path.of(location);
        if (Files.isDirectory(p)) {
            try (Stream<Path> files = Files.walk(p)) {
                List<Kind> kinds = files.filter(Files::isRegularFile).map(Inputs::kind).filter(k -> k != Kind.OTHER)
                        .toList();
                return kinds.stream().allMatch(Inputs::single) ? kinds.size() : -1;
            } catch (IOException e) {
                return -1;
            }
        }
        return single(kind(p)) ? 1 : -1;
    }

    private static boolean single(Kind k) {
        return k == Kind.TEXT || k == Kind.HTML || k == Kind.JSON;
    }

    /** Reads every location, in order, handing each record to {@code out}. */
    public static void read(List<String> locations, Consumer<Item> out) {
        for (String l : locations) {
            if (isUrl(l)) {
                readUrl(l, out);
            } else {
                readPath(Path.of(l), Path.of(l), out, true);
            }
        }
    }

    private static boolean isUrl(String l) {
        return l.startsWith("http://") || l.startsWith("https://");
    }

    private static void readUrl(String url, Consumer<Item> out) {
        try {
            HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                if (r.statusCode() != 200) {
                    out.accept(new Item.Broken(url, "HTTP " + r.statusCode()));
                    return;
                }
                FeedArticles.read(url, in, out);
            }
        } catch (IOException | IllegalArgumentException e) {
            out.accept(new Item.Broken(url, "cannot fetch: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.accept(new Item.Broken(url, "interrupted"));
        }
    }

    private static void readPath(Path root, Path p, Consumer<Item> out, boolean named) {
        if (Files.isDirectory(p)) {
            try (Stream<Path> children = Files.list(p)) {
                children.sorted().forEach(c -> readPath(root, c, out, false));
            } catch (IOException e) {
                out.accept(new Item.Broken(p.toString(), "cannot list folder: " + e.getMessage()));
            }
            return;
        }
        Kind kind = kind(p);
        if (kind == Kind.OTHER) {
            if (named) {
                out.accept(new Item.Broken(p.toString(), "unknown input format (want .txt, .html, .json, .jsonl,"
                        + " .rss, .atom, .xml, .warc or .warc.gz)"));
            }
            return;
        }
        String name = Files.isDirectory(root) ? root.relativize(p).toString() : p.getFileName().toString();
        try {
            switch (kind) {
                case TEXT, HTML, JSON -> {
                    var article = ARTICLES.read(name, p.getFileName().toString(), null, Files.readAllBytes(p))
                            .article();
                    out.accept(article.text().isBlank() ? new Item.Broken(p.toString(), "no text")
                            : new Item.Parsed(p.toString(), article));
                }
                case JSON_LINES -> readLines(p, name, out);
                case FEED -> {
                    try (InputStream in = Files.newInputStream(p)) {
                        FeedArticles.read(p.toString(), in, out);
                    }
                }
                case WARC -> WarcArticles.read(p, out);
                default -> throw new IllegalStateException(kind.name());
            }
        } catch (IOException | RuntimeException e) {
            out.accept(new Item.Broken(p.toString(), describe(e)));
        }
    }

    private static void readLines(Path p, String name, Consumer<Item> out) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String label = p + ":" + n;
                try {
                    out.accept(JsonArticles.read(label, name + ":" + n, JSON.readTree(line)));
                } catch (IOException e) {
                    out.accept(new Item.Broken(label, "not JSON: " + firstLine(e.getMessage())));
                }
            }
        }
    }

    private static String describe(Exception e) {
        if (e instanceof UnreadableArticleException) {
            return e.getMessage();
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
            return "not JSON: " + firstLine(j.getOriginalMessage());
        }
        return e.getMessage() == null ? e.toString() : firstLine(e.getMessage());
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
    }

    private enum Kind { TEXT, HTML, JSON, JSON_LINES, FEED, WARC, OTHER }

    private static Kind kind(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gold.json")) {
            return Kind.OTHER;
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return Kind.TEXT;
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Kind.HTML;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Kind.JSON_LINES;
        }
        if (n.endsWith(".json")) {
            return Kind.JSON;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
            return Kind.FEED;
        }
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        return Kind.OTHER;
    }
}
