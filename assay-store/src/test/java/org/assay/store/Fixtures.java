package org.assay.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assay.analysis.Analysis;
import org.assay.article.Article;
import org.assay.article.Span;
import org.assay.claim.Claim;
import org.assay.claim.ClaimKind;
import org.assay.claim.Claimant;
import org.assay.entity.Entity;
import org.assay.entity.EntityType;
import org.assay.quote.Quote;
import org.assay.quote.QuoteKind;
import org.assay.quote.Speaker;
import org.assay.verify.Evidence;
import org.assay.verify.Verdict;
import org.assay.verify.VerdictStatus;

/**
 * Hand-built analyses of two short articles written for these tests, so the store, server and export can be tested
 * without loading models. The only place the tests build core records: when the records gain fields, fix them here.
 */
public final class Fixtures {

    public static final String BUS_TEXT = """
            Mayor promises cheaper buses

            Mayor Lena Ortiz said on Monday that bus fares would fall by 10 percent next year. "We will make the \
            buses cheaper for everyone," Ortiz told reporters.

            The transport board, led by Tomas Reyes, disagreed. "The budget cannot carry a cut that deep," Reyes said.

            Ridership rose 4 percent in 2024, according to the Transit Statistics Office.
            """;

    public static final String DEPOT_TEXT = """
            Ortiz opens north depot

            Lena Ortiz opened the north depot on Friday. "This depot serves 40,000 riders a day," the mayor said.
            The depot cost 12 million dollars, the city said.
            """;

    private Fixtures() {
    }

    /** The bus-fares article: three quotes (two speakers), two claims (one SUPPORTED with evidence). */
    public static Analysis bus() {
        return bus("bus-fares", LocalDate.of(2025, 3, 3));
    }

    public static Analysis bus(String id, LocalDate published) {
        String t = id.equals("bus-fares") ? BUS_TEXT : BUS_TEXT + "\nFile " + id + ".\n";
        Article article = new Article(id, "Mayor promises cheaper buses", published, "City Herald",
                "https://example.org/bus-fares", t, List.of());
        Entity ortiz = new Entity("e1", "Lena Ortiz", EntityType.PERSON, List.of("Mayor"), null, List.of("Ortiz"),
                List.of(span(t, "Lena Ortiz", 0), span(t, "Ortiz", t.indexOf("Ortiz told"))));
        Entity reyes = new Entity("e2", "Tomas Reyes", EntityType.PERSON, List.of(), "transport board",
                List.of("Reyes"), List.of(span(t, "Tomas Reyes", 0), span(t, "Reyes", t.indexOf("Reyes said"))));
        Entity office = new Entity("e3", "Transit Statistics Office", EntityType.ORGANIZATION, List.of(), null,
                List.of(), List.of(span(t, "Transit Statistics Office", 0)));
        List<Quote> quotes = List.of(
                quote("q1", QuoteKind.INDIRECT, t, "bus fares would fall by 10 percent next year", "said", "e1",
                        "Lena Ortiz", span(t, "Lena Ortiz", 0)),
                quote("q2", QuoteKind.DIRECT, t, "We will make the buses cheaper for everyone,", "told", "e1",
                        "Lena Ortiz", span(t, "Ortiz", t.indexOf("Ortiz told"))),
                quote("q3", QuoteKind.DIRECT, t, "The budget cannot carry a cut that deep,", "said", "e2", "Tomas Reyes",
                        span(t, "Reyes", t.indexOf("Reyes said"))));
        List<Claim> claims = List.of(
                claim("c1", ClaimKind.CHANGE, t, "Ridership rose 4 percent in 2024", Claimant.ARTICLE,
                        "Transit Statistics Office", new Verdict(VerdictStatus.SUPPORTED,
                                "The office's figures show a rise of 4.1 percent.",
                                List.of(new Evidence("transit-ridership", "2025-01",
                                        "ridership 2023: 1.20 million; 2024: 1.25 million (+4.1%)")))),
                claim("c2", ClaimKind.PERCENTAGE, t, "bus fares would fall by 10 percent next year",
                        new Claimant("e1", "Lena Ortiz"), null, Verdict.UNCHECKED));
        return new Analysis(article, List.of(ortiz, reyes, office), quotes, claims);
    }

    /** The depot article: Lena Ortiz again (merged with the bus article's), one CONTRADICTED claim. */
    public static Analysis depot() {
        String t = DEPOT_TEXT;
        Article article = new Article("north-depot", "Ortiz opens north depot", LocalDate.of(2025, 4, 11),
                "Metro Daily", null, t, List.of());
        Entity ortiz = new Entity("e1", "Lena Ortiz", EntityType.PERSON, List.of("mayor"), null,
                List.of("Ortiz", "the mayor"), List.of(span(t, "Ortiz", 0), span(t, "Lena Ortiz", 0),
                span(t, "the mayor", 0)));
        List<Quote> quotes = List.of(quote("q1", QuoteKind.DIRECT, t, "This depot serves 40,000 riders a day,", "said",
                "e1", "Lena Ortiz", span(t, "the mayor", 0)));
        List<Claim> claims = List.of(claim("c1", ClaimKind.QUANTITY, t, "This depot serves 40,000 riders a day",
                new Claimant("e1", "Lena Ortiz"), null, new Verdict(VerdictStatus.CONTRADICTED,
                        "The depot's own counts are near 25,000 riders a day.",
                        List.of(new Evidence("depot-counts", "2025-03", "north depot: 24,800 riders a day (March)"),
                                new Evidence("depot-counts", "2025-03", "all depots: 96,000 riders a day")))));
        return new Analysis(article, List.of(ortiz), quotes, claims);
    }

    /** The bus article analysed again by a leaner analyzer: one quote, no claims. */
    public static Analysis busReanalysed() {
        Analysis full = bus();
        return new Analysis(full.article(), full.entities(), full.quotes().subList(2, 3), List.of());
    }

    /** {@code n} distinct small articles, for batch and kill tests. */
    public static List<Analysis> many(int n) {
        List<Analysis> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(bus("bus-" + i, LocalDate.of(2025, 1, 1).plusDays(i)));
        }
        return out;
    }

    /**
     * A stand-in analyzer for tests that need many articles: every stretch between straight double quotation marks
     * is a DIRECT quote with no speaker; no entities, no claims. An article whose text contains {@code FAIL-ANALYSIS}
     * throws, as a broken stage would.
     */
    public static java.util.function.Function<Article, Analysis> quoteMarkAnalyzer() {
        java.util.regex.Pattern quoted = java.util.regex.Pattern.compile("\"([^\"]+)\"");
        return article -> {
            if (article.text().contains("FAIL-ANALYSIS")) {
                throw new IllegalStateException("stage failed on purpose");
            }
            List<Quote> quotes = new ArrayList<>();
            java.util.regex.Matcher m = quoted.matcher(article.text());
            while (m.find()) {
                quotes.add(new Quote("q" + (quotes.size() + 1), QuoteKind.DIRECT, m.group(1), m.start(1), m.end(1),
                        null, null, 0.5));
            }
            return new Analysis(article, List.of(), quotes, List.of());
        };
    }

    /**
     * A stand-in analyzer for search benchmarks on a real corpus's text: quotes from straight or curly quotation marks,
     * each given one of {@code speakers} synthetic speakers ("Speaker 17", chosen from the article and the quote's
     * place); a claim for every sentence holding a digit, UNCHECKED. Latency depends on index size and filter
     * selectivity, not on whether the attribution is right, so this is only for timing.
     */
    public static java.util.function.Function<Article, Analysis> syntheticSpeakerAnalyzer(int speakers) {
        java.util.regex.Pattern quoted = java.util.regex.Pattern.compile("[\"\u201c]([^\"\u201c\u201d]{2,})[\"\u201d]");
        java.util.regex.Pattern numeric = java.util.regex.Pattern.compile("[^.\n]*\\d[^.\n]*");
        return article -> {
            String t = article.text();
            List<Quote> quotes = new ArrayList<>();
            java.util.Map<String, Entity> entities = new java.util.LinkedHashMap<>();
            java.util.regex.Matcher m = quoted.matcher(t);
            while (m.find()) {
                int k = Math.floorMod((article.id() + ":" + m.start()).hashCode(), speakers);
                String name = "Speaker " + k;
                Span at = new Span(m.start(1), m.end(1));
                Entity e = entities.computeIfAbsent(name, n -> new Entity("e" + (entities.size() + 1), n,
                        EntityType.PERSON, List.of(), null, List.of(), List.of(at)));
                quotes.add(new Quote("q" + (quotes.size() + 1), QuoteKind.DIRECT, m.group(1), at.start(), at.end(),
                        "said", new Speaker(e.id(), name, at), 0.5));
            }
            List<Claim> claims = new ArrayList<>();
            java.util.regex.Matcher c = numeric.matcher(t);
            while (c.find()) {
                claims.add(new Claim("c" + (claims.size() + 1), ClaimKind.QUANTITY, c.group(), c.start(), c.end(), 0.5,
                        Claimant.ARTICLE, null, Verdict.UNCHECKED));
            }
            return new Analysis(article, List.copyOf(entities.values()), quotes, claims);
        };
    }

    private static Span span(String text, String part, int from) {
        int at = text.indexOf(part, from);
        if (at < 0) {
            throw new IllegalArgumentException("not in fixture: " + part);
        }
        return new Span(at, at + part.length());
    }

    private static Quote quote(String id, QuoteKind kind, String text, String words, String cue, String entity,
                               String speaker, Span mention) {
        Span s = span(text, words, 0);
        return new Quote(id, kind, words, s.start(), s.end(), cue, new Speaker(entity, speaker, mention), 0.9);
    }

    private static Claim claim(String id, ClaimKind kind, String text, String words, Claimant claimant, String cited,
                               Verdict verdict) {
        Span s = span(text, words, 0);
        return new Claim(id, kind, words, s.start(), s.end(), 0.8, claimant, cited, verdict);
    }
}
