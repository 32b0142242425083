package org.assay.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assay.analysis.Analysis;
import org.assay.article.Article;
import org.assay.claim.Claim;
import org.assay.entity.Entity;
import org.assay.quote.Quote;
import org.assay.verify.Evidence;

/**
 * {@code --format text}: an analysis for people to read. The headline and metadata, entities by type, quotes grouped
 * by speaker (in order of each speaker's first quote; unattributed ones last), claims with their verdicts.
 * Not a contract: scripts should read the JSON. Stateless and thread-safe.
 */
final class TextReport {

    private static final String UNKNOWN_SPEAKER = "(speaker unknown)";

    private TextReport() {
    }

    static String of(Analysis analysis) {
        StringBuilder out = new StringBuilder();
        header(out, analysis.article());
        entities(out, analysis.entities());
        quotes(out, analysis.quotes(), analysis.entities());
        claims(out, analysis.claims());
        return out.toString();
    }

    private static void header(StringBuilder out, Article a) {
        String title = a.title() == null ? "(no headline)" : a.title();
        out.append(title).append('\n').append("=".repeat(Math.min(title.length(), 78))).append('\n');
        List<String> meta = new ArrayList<>();
        meta.add(a.published() == null ? "date unknown" : "published " + a.published());
        if (a.byline() != null) {
            meta.add("by " + a.byline());
        }
        if (a.source() != null) {
            meta.add(a.source());
        }
        if (a.url() != null) {
            meta.add(a.url());
        }
        meta.add(String.format("%s, %,d characters", a.id(), a.text().length()));
        out.append(String.join(" · ", meta)).append('\n');
    }

    private static void entities(StringBuilder out, List<Entity> entities) {
        out.append("\nEntities (").append(entities.size()).append(")\n");
        for (Entity e : entities) {
            out.append(String.format("  %-13s %s", e.type().name(), e.name()));
            List<String> about = new ArrayList<>(e.titles());
            if (e.affiliation() != null) {
                about.add(e.affiliation());
            }
            if (!about.isEmpty()) {
                out.append(" — ").append(String.join(", ", about));
            }
            if (!e.aliases().isEmpty()) {
                out.append(" (also ").append(String.join(", ", e.aliases())).append(')');
            }
            out.append(" ×").append(e.mentions().size()).append('\n');
        }
    }

    private static void quotes(StringBuilder out, List<Quote> quotes, List<Entity> entities) {
        out.append("\nQuotes (").append(quotes.size()).append(")\n");
        Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
        for (Quote q : quotes) {
            if (q.speaker() != null) {
                bySpeaker.computeIfAbsent(q.speaker().name(), k -> new ArrayList<>()).add(q);
            }
        }
        List<Quote> unknown = quotes.stream().filter(q -> q.speaker() == null).toList();
        if (!unknown.isEmpty()) {
            bySpeaker.put(UNKNOWN_SPEAKER, unknown);
        }
        for (Map.Entry<String, List<Quote>> group : bySpeaker.entrySet()) {
            out.append("  ").append(group.getKey()).append(titlesOf(group.getKey(), entities)).append('\n');
            for (Quote q : group.getValue()) {
                String text = oneLine(q.text());
                out.append(String.format("    %-8s %s", q.kind().name(),
                        q.kind().name().equals("INDIRECT") ? text : "“" + text + "”"));
                List<String> how = new ArrayList<>();
                if (q.cue() != null) {
                    how.add(q.cue());
                }
                how.add(String.format("%.2f", q.confidence()));
                out.append("  [").append(String.join(", ", how)).append("]\n");
            }
        }
    }

    private static String titlesOf(String name, List<Entity> entities) {
        return entities.stream().filter(e -> e.name().equals(name) && !e.titles().isEmpty()).findFirst()
                .map(e -> " (" + String.join(", ", e.titles()) + ")").orElse("");
    }

    private static void claims(StringBuilder out, List<Claim> claims) {
        out.append("\nClaims (").append(claims.size()).append(")\n");
        for (Claim c : claims) {
            out.append(String.format("  %-11s %s%n", c.kind().name(), oneLine(c.text())));
            StringBuilder who = new StringBuilder("claimant: ").append(c.claimant().name());
            if (c.citedSource() != null) {
                who.append(" · source: ").append(c.citedSource());
            }
            who.append(String.format(" · check-worthiness %.2f", c.checkworthiness()));
            out.append("              ").append(who).append('\n');
            out.append("              verdict: ").append(c.verdict().status().name());
            if (c.verdict().explanation() != null) {
                out.append(" — ").append(c.verdict().explanation());
            }
            for (Evidence e : c.verdict().evidence()) {
                out.append(" [").append(e.dataset());
                if (e.edition() != null && !e.edition().isBlank()) {
                    out.append(", ").append(e.edition());
                }
                if (e.credit() != null) {
                    out.append("; ").append(e.credit()).append(", ").append(e.licence()).append(", ").append(e.source());
                }
                out.append(']');
            }
            out.append('\n');
        }
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
