package org.assay.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of one {@code assay eval} run, and its two renderings: a table for people, JSON for machines.
 *
 * @param results      scored articles, in input order
 * @param failures     articles that could not be scored: name → one-line reason
 * @param threads      worker threads used
 * @param loadSeconds  time to build the analyzer (models)
 * @param wallSeconds  time from the first article to the last, after the analyzer was built
 */
record EvalReport(List<ArticleResult> results, Map<String, String> failures, int threads, double loadSeconds,
                  double wallSeconds) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    EvalReport {
        results = List.copyOf(results);
        failures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    /** Micro-averaged totals: counts summed over articles, figure by figure, in first-seen order. */
    Map<String, Score> totals() {
        Map<String, Score> totals = new LinkedHashMap<>();
        for (ArticleResult r : results) {
            r.scores().forEach((figure, s) -> totals.merge(figure, s, Score::plus));
        }
        return totals;
    }

    double meanMillis() {
        return results.stream().mapToDouble(ArticleResult::millis).average().orElse(Double.NaN);
    }

    void printText(PrintWriter out, boolean perArticle, boolean errors) {
        if (errors) {
            for (ArticleResult r : results) {
                for (QuoteError e : r.errors()) {
                    out.printf(Locale.ROOT, "%-13s %-8s %s @%d \"%s\"  predicted: %s  gold: %s%n", e.type(),
                            e.figure(), r.article(), e.start(), Snippet.of(e.text()), predicted(e),
                            orDash(e.goldSpeaker()));
                }
            }
            out.println();
        }
        if (perArticle) {
            for (ArticleResult r : results) {
                out.println(r.article() + String.format(Locale.ROOT, "  (%.0f ms)", r.millis()));
                r.scores().forEach((figure, s) -> out.println("  " + row(figure, s)));
            }
            out.println();
        }
        out.printf(Locale.ROOT, "%d articles scored, %d failed; %.0f ms analysis per article (mean), %.1f articles/s on %d"
                        + " threads, model load %.1f s%n", results.size(), failures.size(), meanMillis(),
                wallSeconds > 0 ? results.size() / wallSeconds : Double.NaN, threads, loadSeconds);
        out.println(String.format(Locale.ROOT, "%-20s %6s %6s %6s %6s %6s %6s %6s %6s %8s", "figure", "gold", "pred",
                "match", "P", "R", "F1", "right", "acc", "e2e F1"));
        totals().forEach((figure, s) -> out.println(row(figure, s)));
        failures.forEach((name, why) -> out.println("failed: " + name + ": " + why));
        out.flush();
    }

    ObjectNode toJson(boolean perArticle, boolean errors) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("articles", results.size());
        root.put("threads", threads);
        root.put("modelLoadSeconds", loadSeconds);
        root.put("wallSeconds", wallSeconds);
        putNumber(root, "meanMillisPerArticle", meanMillis());
        ObjectNode totals = root.putObject("totals");
        totals().forEach((figure, s) -> totals.set(figure, json(s)));
        if (perArticle) {
            ArrayNode list = root.putArray("perArticle");
            for (ArticleResult r : results) {
                ObjectNode a = list.addObject();
                a.put("article", r.article());
                a.put("millis", r.millis());
                ObjectNode scores = a.putObject("scores");
                r.scores().forEach((figure, s) -> scores.set(figure, json(s)));
            }
        }
        if (errors) {
            ArrayNode list = root.putArray("errors");
            for (ArticleResult r : results) {
                for (QuoteError e : r.errors()) {
                    ObjectNode n = list.addObject();
                    n.put("article", e.article());
                    n.put("figure", e.figure());
                    n.put("type", e.type().name());
                    n.put("start", e.start());
                    n.put("text", e.text());
                    n.put("predictedSpeaker", e.predictedSpeaker());
                    n.put("predictedMention", e.predictedMention());
                    n.put("goldSpeaker", e.goldSpeaker());
                }
            }
        }
        ArrayNode failed = root.putArray("failures");
        failures.forEach((name, why) -> failed.addObject().put("article", name).put("reason", why));
        return root;
    }

    private static ObjectNode json(Score s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("gold", s.gold());
        n.put("predicted", s.predicted());
        n.put("matchedGold", s.matchedGold());
        n.put("matchedPredicted", s.matchedPredicted());
        n.put("rightGold", s.rightGold());
        n.put("rightPredicted", s.rightPredicted());
        putNumber(n, "precision", s.precision());
        putNumber(n, "recall", s.recall());
        putNumber(n, "f1", s.f1());
        putNumber(n, "accuracy", s.accuracy());
        putNumber(n, "endToEndF1", s.endToEndF1());
        return n;
    }

    private static void putNumber(ObjectNode n, String field, double v) {
        if (Double.isNaN(v)) {
            n.putNull(field);
        } else {
            n.put(field, Math.round(v * 10000) / 10000.0);
        }
    }

    private static String row(String figure, Score s) {
        String matched = s.matchedGold() == s.matchedPredicted() ? String.valueOf(s.matchedGold())
                : s.matchedGold() + "/" + s.matchedPredicted();
        return String.format(Locale.ROOT, "%-20s %6d %6d %6s %6s %6s %6s %6d %6s %8s", figure, s.gold(), s.predicted(),
                matched, fmt(s.precision()), fmt(s.recall()), fmt(s.f1()), s.rightPredicted(), fmt(s.accuracy()),
                fmt(s.endToEndF1()));
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** The predicted speaker, with the words the attribution rests on when they differ: {@code Ann Lee [she]}. */
    private static String predicted(QuoteError e) {
        String name = orDash(e.predictedSpeaker());
        String mention = e.predictedMention();
        return mention == null || mention.equalsIgnoreCase(name) ? name : name + " [" + mention + "]";
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
