package org.assay.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.assay.export.ClaimReviews;
import org.assay.store.StoredArticle;
import org.assay.store.StoredClaim;
import org.assay.store.StoredQuote;

/**
 * The article view: the text as written, quotes highlighted in their speaker's colour, claims underlined with a
 * verdict badge after each whose hover shows the evidence. Overlapping quotes and claims are cut at every boundary, so
 * the markup always nests.
 */
final class ArticlePage {

    static final int COLOURS = 8;

    private ArticlePage() {
    }

    static String render(StoredArticle a) {
        Map<String, Integer> colour = new LinkedHashMap<>();
        for (StoredQuote q : a.quotes()) {
            if (q.speakerName() != null) {
                colour.putIfAbsent(q.speakerName(), colour.size() % COLOURS);
            }
        }
        StringBuilder b = new StringBuilder();
        var s = a.summary();
        b.append("<article class=\"doc\"><h1>").append(Html.esc(s.displayTitle())).append("</h1><p class=\"meta\">");
        List<String> meta = new ArrayList<>();
        if (s.published() != null) {
            meta.add("<time datetime=\"" + s.published() + "\">" + s.published() + "</time>");
        }
        if (s.source() != null) {
            meta.add(Html.esc(s.source()));
        }
        if (s.url() != null) {
            meta.add("<a href=\"" + Html.esc(s.url()) + "\" rel=\"nofollow\">original</a>");
        }
        meta.add("<a href=\"/api/articles/" + s.id() + "\">JSON</a>");
        meta.add("<a href=\"/api/articles/" + s.id() + "/claimreview\">ClaimReview</a>");
        b.append(String.join(" · ", meta)).append("</p>");
        b.append("<ul class=\"legend\">");
        colour.forEach((name, c) -> {
            Long id = a.quotes().stream().filter(q -> name.equals(q.speakerName()) && q.speakerId() != null)
                    .map(StoredQuote::speakerId).findFirst().orElse(null);
            b.append("<li><span class=\"swatch sp").append(c).append("\"></span>");
            b.append(id == null ? Html.esc(name) : "<a href=\"/speakers/" + id + "\">" + Html.esc(name) + "</a>");
            b.append("</li>");
        });
        b.append("</ul><div class=\"text\">").append(body(a, colour)).append("</div></article>");
        return Html.page(s.displayTitle(), b.toString());
    }

    private static String body(StoredArticle a, Map<String, Integer> colour) {
        String text = a.text();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (StoredQuote q : a.quotes()) {
            cuts.add(clamp(q.start(), text));
            cuts.add(clamp(q.end(), text));
        }
        for (StoredClaim c : a.claims()) {
            cuts.add(clamp(c.start(), text));
            cuts.add(clamp(c.end(), text));
        }
        StringBuilder b = new StringBuilder();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                segment(b, a, colour, text, from, to);
            }
            if (from != null) {
                for (StoredClaim c : a.claims()) {
                    if (c.end() == to && c.end() > c.start()) {
                        b.append(Html.badge(c.verdict(), evidence(c)));
                    }
                }
            }
            from = to;
        }
        return b.toString();
    }

    private static void segment(StringBuilder b, StoredArticle a, Map<String, Integer> colour, String text, int from,
                                int to) {
        List<String> close = new ArrayList<>();
        for (StoredQuote q : a.quotes()) {
            if (q.start() <= from && to <= q.end()) {
                Integer c = q.speakerName() == null ? null : colour.get(q.speakerName());
                String who = q.speakerName() == null ? "unknown speaker" : q.speakerName();
                b.append("<mark class=\"quote ").append(c == null ? "sp-none" : "sp" + c)
                        .append("\" data-quote=\"").append(Html.esc(q.localId()))
                        .append("\" data-speaker=\"").append(Html.esc(who))
                        .append("\" title=\"").append(Html.esc(q.kind() + " quote · " + who)).append("\">");
                close.add("</mark>");
            }
        }
        for (StoredClaim c : a.claims()) {
            if (c.start() <= from && to <= c.end()) {
                b.append("<span class=\"claim v-").append(c.verdict().toLowerCase(java.util.Locale.ROOT))
                        .append("\" data-claim=\"").append(Html.esc(c.localId())).append("\">");
                close.add("</span>");
            }
        }
        b.append(Html.esc(text.substring(from, to)));
        for (int i = close.size() - 1; i >= 0; i--) {
            b.append(close.get(i));
        }
    }

    /** What a badge's hover shows: the verdict's explanation and evidence, and who claims it. */
    static String evidence(StoredClaim c) {
        return ClaimReviews.body(c) + " (claimed by " + c.claimantName() + ", " + c.kind().toLowerCase() + ")";
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
