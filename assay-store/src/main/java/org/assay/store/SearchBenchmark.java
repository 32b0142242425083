package org.assay.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times searches over a filled store: a word query with a speaker filter (the target: p95 ≤ 50 ms), and a word
 * query alone. Words and speakers are drawn (fixed seed) from the stored quotes, so every query is a realistic one.
 *
 * <p>Run: {@code java -cp assay-cli/target/assay.jar org.assay.store.SearchBenchmark [DB] [QUERIES]}.
 */
public final class SearchBenchmark {

    private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        String db = args.length > 0 ? args[0] : Store.DEFAULT_LOCATION;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        try (Store store = Store.open(db)) {
            List<StoredEntity> speakers = store.queries().speakers(50, 0);
            if (speakers.isEmpty()) {
                System.err.println("search-benchmark: the store has no quoted speakers: ingest a corpus first");
                System.exit(2);
            }
            Random random = new Random(42);
            List<String[]> speakerQueries = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (StoredEntity s : speakers) {
                for (StoredQuote q : store.queries().quotesBy(s.id(), 20, 0)) {
                    Matcher m = WORD.matcher(q.text());
                    while (m.find()) {
                        speakerQueries.add(new String[] {m.group(), s.name()});
                        words.add(m.group());
                    }
                }
            }
            if (speakerQueries.isEmpty()) {
                System.err.println("search-benchmark: the speakers' quotes hold no words to search for");
                System.exit(2);
            }
            Searcher searcher = store.searcher();
            for (int i = 0; i < 50; i++) {
                String[] q = speakerQueries.get(random.nextInt(speakerQueries.size()));
                searcher.quotes(SearchQuery.words(q[0], 20).withSpeaker(q[1]));
            }
            long[] withSpeaker = new long[n];
            long[] wordOnly = new long[n];
            for (int i = 0; i < n; i++) {
                String[] q = speakerQueries.get(random.nextInt(speakerQueries.size()));
                long t0 = System.nanoTime();
                searcher.quotes(SearchQuery.words(q[0], 20).withSpeaker(q[1]));
                searcher.claims(SearchQuery.words(q[0], 20).withSpeaker(q[1]));
                withSpeaker[i] = System.nanoTime() - t0;
                String w = words.get(random.nextInt(words.size()));
                t0 = System.nanoTime();
                searcher.quotes(SearchQuery.words(w, 20));
                searcher.claims(SearchQuery.words(w, 20));
                wordOnly[i] = System.nanoTime() - t0;
            }
            System.out.printf("store: %s (%s), %d articles, %d speakers sampled, %d queries each%n",
                    db.replaceAll("(?i)(password=)[^&]*", "$1***"),
                    store.dialect(), store.queries().articleCount(), speakers.size(), n);
            report("word + speaker filter (quotes and claims)", withSpeaker);
            report("word only (quotes and claims)", wordOnly);
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-45s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n", what,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
