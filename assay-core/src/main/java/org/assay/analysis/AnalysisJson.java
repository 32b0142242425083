package org.assay.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assay.article.Article;
import org.assay.article.Span;
import org.assay.claim.Claim;
import org.assay.entity.Entity;
import org.assay.quote.Quote;
import org.assay.quote.Speaker;
import org.assay.verify.Evidence;

/**
 * Writes an {@link Analysis} as the JSON of docs/CONTRACT.md. Field names here are the contract: keep them stable.
 *
 * <p>Thread-safe.
 */
public final class AnalysisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {
    }

    public static ObjectNode toJson(Analysis analysis) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("article", article(analysis.article()));
        ArrayNode entities = root.putArray("entities");
        analysis.entities().forEach(e -> entities.add(entity(e)));
        ArrayNode quotes = root.putArray("quotes");
        analysis.quotes().forEach(q -> quotes.add(quote(q)));
        ArrayNode claims = root.putArray("claims");
        analysis.claims().forEach(c -> claims.add(claim(c)));
        return root;
    }

    private static ObjectNode article(Article a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        n.put("title", a.title());
        n.put("published", a.published() == null ? null : a.published().toString());
        n.put("source", a.source());
        n.put("url", a.url());
        n.put("byline", a.byline());
        n.put("textLength", a.text().length());
        return n;
    }

    private static ObjectNode entity(Entity e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("name", e.name());
        n.put("type", e.type().name());
        ArrayNode titles = n.putArray("titles");
        e.titles().forEach(titles::add);
        n.put("affiliation", e.affiliation());
        ArrayNode aliases = n.putArray("aliases");
        e.aliases().forEach(aliases::add);
        ArrayNode mentions = n.putArray("mentions");
        e.mentions().forEach(m -> mentions.add(span(m)));
        return n;
    }

    private static ObjectNode quote(Quote q) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", q.id());
        n.put("kind", q.kind().name());
        n.put("text", q.text());
        n.put("start", q.start());
        n.put("end", q.end());
        n.put("cue", q.cue());
        putSpeaker(n, "speaker", q.speaker());
        n.put("confidence", round(q.confidence()));
        putSpeaker(n, "reportedBy", q.reportedBy());
        return n;
    }

    private static void putSpeaker(ObjectNode n, String field, Speaker speaker) {
        if (speaker == null) {
            n.putNull(field);
        } else {
            ObjectNode s = n.putObject(field);
            s.put("entity", speaker.entity());
            s.put("name", speaker.name());
            s.set("mention", span(speaker.mention()));
        }
    }

    private static ObjectNode claim(Claim c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", c.id());
        n.put("kind", c.kind().name());
        n.put("text", c.text());
        n.put("start", c.start());
        n.put("end", c.end());
        n.put("checkworthiness", round(c.checkworthiness()));
        ObjectNode claimant = n.putObject("claimant");
        claimant.put("entity", c.claimant().entity());
        claimant.put("name", c.claimant().name());
        n.put("citedSource", c.citedSource());
        ObjectNode verdict = n.putObject("verdict");
        verdict.put("status", c.verdict().status().name());
        verdict.put("explanation", c.verdict().explanation());
        ArrayNode evidence = verdict.putArray("evidence");
        for (Evidence e : c.verdict().evidence()) {
            ObjectNode ev = evidence.addObject();
            ev.put("dataset", e.dataset());
            ev.put("edition", e.edition());
            ev.put("detail", e.detail());
            if (e.credit() != null) {
                ev.put("credit", e.credit());
                ev.put("source", e.source());
                ev.put("licence", e.licence());
            }
        }
        ClaimPartsJson.addTo(n, c);
        return n;
    }

    private static ObjectNode span(Span s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("start", s.start());
        n.put("end", s.end());
        return n;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
