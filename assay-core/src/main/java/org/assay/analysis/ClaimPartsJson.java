package org.assay.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.assay.article.Span;
import org.assay.claim.Change;
import org.assay.claim.Claim;
import org.assay.claim.ClaimParts;
import org.assay.claim.Comparison;
import org.assay.claim.EntityRef;
import org.assay.claim.PlaceRef;
import org.assay.claim.Quantity;
import org.assay.claim.Rank;
import org.assay.claim.Stance;

/**
 * Writes a claim's {@code stance} and {@code parts} fields (added to the contract's claim object; the contract's own
 * fields are written by {@link AnalysisJson}). Field names here are part of the output: keep them stable.
 *
 * <p>Thread-safe.
 */
final class ClaimPartsJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ClaimPartsJson() {
    }

    /** Adds {@code stance} and {@code parts} to a claim's JSON object. */
    static void addTo(ObjectNode n, Claim c) {
        Stance s = c.stance();
        ObjectNode stance = n.putObject("stance");
        stance.put("kind", s.kind().name());
        stance.put("cue", s.cue());
        stance.put("related", s.related());
        ClaimParts p = c.parts();
        ObjectNode parts = n.putObject("parts");
        ArrayNode quantities = parts.putArray("quantities");
        p.quantities().forEach(q -> quantities.add(quantity(q)));
        ArrayNode ranks = parts.putArray("ranks");
        p.ranks().forEach(r -> ranks.add(rank(r)));
        parts.set("subjects", refs(p.subjects()));
        parts.set("comparison", p.comparison() == null ? NODES.nullNode() : comparison(p.comparison()));
        parts.set("change", p.change() == null ? NODES.nullNode() : change(p.change()));
        parts.put("metric", p.metric());
        parts.put("topic", p.topic());
        parts.put("shareOf", p.shareOf());
        parts.put("year", p.year());
        parts.put("timeText", p.timeText());
        ArrayNode places = parts.putArray("places");
        p.places().forEach(place -> places.add(place(place)));
    }

    private static ObjectNode place(PlaceRef p) {
        ObjectNode n = NODES.objectNode();
        n.put("name", p.name());
        n.put("surface", p.surface());
        n.put("group", p.group());
        n.put("entity", p.entityId());
        span(n, p.span());
        return n;
    }

    private static ObjectNode quantity(Quantity q) {
        ObjectNode n = NODES.objectNode();
        n.put("value", q.value());
        n.put("upper", q.upper());
        n.put("unit", q.unit().name());
        n.put("unitText", q.unitText());
        n.put("hedge", q.hedge().name());
        n.put("precision", q.precision());
        n.put("text", q.text());
        span(n, q.span());
        return n;
    }

    private static ObjectNode rank(Rank r) {
        ObjectNode n = NODES.objectNode();
        n.put("position", r.position());
        n.put("hedge", r.hedge().name());
        n.put("superlative", r.superlative());
        n.put("largestFirst", r.largestFirst());
        ArrayNode ahead = n.putArray("ahead");
        r.ahead().forEach(ahead::add);
        if (!r.excluded().isEmpty()) {
            ArrayNode excluded = n.putArray("excluded");
            r.excluded().forEach(excluded::add);
        }
        n.put("scope", r.scope());
        if (!r.ranked().isEmpty()) {
            n.put("ranked", r.ranked());
        }
        if (r.past() != null) {
            ObjectNode past = n.putObject("past");
            past.put("sinceYear", r.past().sinceYear());
            past.put("years", r.past().years());
            past.put("text", r.past().text());
        }
        n.put("text", r.text());
        span(n, r.span());
        return n;
    }

    private static ObjectNode comparison(Comparison c) {
        ObjectNode n = NODES.objectNode();
        n.put("comparative", c.comparative());
        n.put("greater", c.greater());
        n.put("intensifier", c.intensifier());
        n.put("factor", c.factor());
        n.set("than", refs(c.than()));
        n.put("thanText", c.thanText());
        span(n, c.span());
        return n;
    }

    private static ObjectNode change(Change c) {
        ObjectNode n = NODES.objectNode();
        n.put("direction", c.direction().name());
        n.put("verb", c.verb());
        n.set("from", c.from() == null ? NODES.nullNode() : quantity(c.from()));
        n.set("to", c.to() == null ? NODES.nullNode() : quantity(c.to()));
        n.set("by", c.by() == null ? NODES.nullNode() : quantity(c.by()));
        n.put("factor", c.factor());
        n.put("hedge", c.hedge().name());
        if (c.of() != null) {
            n.put("of", c.of());
        }
        span(n, c.span());
        return n;
    }

    private static ArrayNode refs(List<EntityRef> refs) {
        ArrayNode a = NODES.arrayNode();
        for (EntityRef r : refs) {
            ObjectNode n = a.addObject();
            n.put("entity", r.entityId());
            n.put("name", r.name());
            n.put("type", r.type());
            n.put("surface", r.surface());
            span(n, r.span());
        }
        return a;
    }

    private static void span(ObjectNode n, Span s) {
        n.put("start", s.start());
        n.put("end", s.end());
    }
}
