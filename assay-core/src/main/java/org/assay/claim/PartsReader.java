package org.assay.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assay.article.Span;
import org.assay.entity.Entities;
import org.assay.entity.Entity;
import org.assay.entity.Mention;

/**
 * Reads the {@link ClaimParts} of one claim span: figures, rankings, comparison ({@link ComparisonReader}), change
 * ({@link ChangeReader}), entities, metric, topic, share, time ({@link TimeWords}) and framing ({@link FrameWords}). Stateless and
 * thread-safe.
 */
final class PartsReader {

    /** Metric words as written → the normalised metric the checker matches on. */
    private static final Map<String, String> METRICS = Map.ofEntries(
            Map.entry("reserves", "reserves"), Map.entry("reserve", "reserves"), Map.entry("resources", "reserves"),
            Map.entry("deposits", "reserves"), Map.entry("production", "production"), Map.entry("produced", "production"),
            Map.entry("produces", "production"), Map.entry("producer", "production"), Map.entry("output", "production"),
            Map.entry("mined", "production"), Map.entry("mines", "production"), Map.entry("mining", "production"),
            Map.entry("exports", "exports"), Map.entry("exported", "exports"), Map.entry("exporter", "exports"),
            Map.entry("imports", "imports"), Map.entry("imported", "imports"), Map.entry("importer", "imports"),
            Map.entry("approval", "approval"), Map.entry("trust", "trust"), Map.entry("trusted", "trust"),
            Map.entry("trusts", "trust"), Map.entry("support", "support"), Map.entry("population", "population"),
            Map.entry("gdp", "gdp"), Map.entry("economy", "gdp"), Map.entry("unemployment", "unemployment"),
            Map.entry("inflation", "inflation"), Map.entry("debt", "debt"), Map.entry("deficit", "deficit"),
            Map.entry("budget", "budget"), Map.entry("spending", "spending"), Map.entry("emissions", "emissions"),
            Map.entry("deaths", "deaths"), Map.entry("killed", "deaths"), Map.entry("casualties", "deaths"),
            Map.entry("prices", "price"), Map.entry("price", "price"), Map.entry("revenue", "revenue"),
            Map.entry("sales", "sales"), Map.entry("turnout", "turnout"), Map.entry("votes", "votes"),
            Map.entry("consumption", "consumption"), Map.entry("capacity", "capacity"), Map.entry("growth", "growth"));
    private static final WordSet.Vocabulary METRIC_WORDS = WordSet.Vocabulary.of(METRICS.keySet());
    private static final Pattern METRIC = Pattern.compile("(?i)\\b(?:" + String.join("|", METRICS.keySet()) + ")\\b");
    private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}’'-])(\\p{L}[\\p{Ll}-]*)\\s+$");
    private static final Pattern OF_TAIL = Pattern.compile(
            "^\\s+of\\s+((?:(?:this|these|that|the)\\s+)?[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+){0,2}?)(?=\\s+(?:than|in|to|at|by|for|from|and"
                    + "|was|is|are|were|has|have)\\b|[\\s,.;:)”\"]*$|[,.;:)”\"])");
    private static final Set<String> NOT_TOPIC = Set.of("the", "a", "an", "of", "its", "their",
            "his", "her", "our", "and", "or", "has", "have", "had", "is", "was", "are", "were", "than", "more", "less",
            "that", "which", "in", "on", "to", "by", "for", "with", "world’s", "world's", "earth’s");
    private static final Pattern SHARE_OF = Pattern.compile(
            "^\\s+of\\s+(?:the\\s+)?((?:(?:[\\p{L}’'-]+|\\d{1,3}(?:,\\d{3})+|\\d+)\\s*){1,6}?)(?=[,.;:)]|\\s*\\b(?:is|are"
                    + "|was|were|has|have|in|from|for|and|but|while|compared|own|owns|go|goes|live|lives|come|comes|trust"
                    + "|support|say|said|think|believe|approve|oppose|on|had|last|this|with|without|lack|lacks|lived|living|below"
                    + "|under)\\b|$)");
    /** A capitalised word in the possessive: "Trump’s", "China's". */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{L}+)['’]s\\b");
    /** What opens a share's whole before the place it is of: "a third of that of Brazil". */
    private static final Pattern THAT_OF = Pattern.compile("(?i)^that\\s+of\\s+(?:the\\s+)?");
    private final QuantityParser quantities = new QuantityParser();
    private final RankParser ranks = new RankParser();
    private final PlaceFinder places;

    PartsReader(PlaceFinder places) {
        this.places = places;
    }

    ClaimParts read(String text, Span span, WordSet words, Entities entities, LocalDate published) {
        String s = span.of(text);
        int base = span.start();
        List<Rank> foundRanks = ranks.parse(s, base, words);
        List<Quantity> foundQuantities = new ArrayList<>();
        for (Quantity q : quantities.parse(s, base)) {
            if (foundRanks.stream().noneMatch(r -> r.span().overlaps(q.span()))) {
                foundQuantities.add(q);
            }
        }
        Comparison comparison = words.hasAny(ComparisonReader.WORDS) ? ComparisonReader.read(text, s, base, entities)
                : null;
        Change change = words.hasAny(ChangeReader.WORDS) ? ChangeReader.read(s, base, foundQuantities) : null;
        List<EntityRef> named = refs(text, span, entities);
        List<EntityRef> subjects = new ArrayList<>();
        for (EntityRef ref : named) {
            boolean ahead = foundRanks.stream().anyMatch(r -> r.ahead().stream().anyMatch(a -> sameName(a, ref)));
            boolean compared = comparison != null && comparison.than().stream().anyMatch(t -> t.span().equals(ref.span()));
            if (!ahead && !compared) {
                subjects.add(ref);
            }
        }
        Matcher metric = METRIC.matcher(words.hasAny(METRIC_WORDS) ? s : "");
        String metricName = null;
        String topic = null;
        if (metric.find()) {
            metricName = METRICS.get(metric.group().toLowerCase(Locale.ROOT));
            topic = topic(s, metric.start(), metric.end());
        }
        Span whole = shareOf(text, foundQuantities);
        return new ClaimParts(foundQuantities, foundRanks, subjects, comparison, change, metricName, topic,
                whole == null ? null : whole.of(text), TimeWords.year(s, published), TimeWords.text(s),
                TimeWords.grain(s) == TimeGrain.QUARTER ? TimeWords.quarter(s, published)
                        : TimeWords.when(s, published), ranks.nearTop(s, base), FrameWords.world(s), FrameWords.share(s),
                FrameWords.negated(s),
                TimeWords.grain(s), TimeWords.day(s, published), FrameWords.average(s), linked(places.find(text, span), entities),
                whole == null ? null : wholePlace(text, whole), possessives(s, base));
    }

    /** The places, each tied to the entity whose mention overlaps it most, when there is one. */
    private static List<PlaceRef> linked(List<PlaceRef> found, Entities entities) {
        return found.stream().map(p -> entities.mentionAt(p.span()).map(m -> p.ofEntity(m.entityId())).orElse(p))
                .toList();
    }

    /** The country a share's whole opens with ("Ukrainians", "China’s", "that of Brazil"), or {@code null}. */
    private PlaceRef wholePlace(String text, Span whole) {
        Matcher lead = THAT_OF.matcher(whole.of(text));
        int start = whole.start() + (lead.find() ? lead.end() : 0);
        return places.find(text, new Span(start, whole.end())).stream()
                .filter(p -> p.span().start() == start && !p.group()).findFirst().orElse(null);
    }

    /** The capitalised words of {@code s} written in the possessive, their spans offset by {@code base}. */
    private static List<EntityRef> possessives(String s, int base) {
        List<EntityRef> out = new ArrayList<>();
        Matcher m = POSSESSIVE.matcher(s);
        while (m.find()) {
            out.add(new EntityRef(null, m.group(1), null, m.group(1), new Span(base + m.start(1), base + m.end(1))));
        }
        return out;
    }

    private static boolean sameName(String written, EntityRef ref) {
        return written.equalsIgnoreCase(ref.name()) || written.equalsIgnoreCase(ref.surface());
    }

    /** Every entity mention inside the span, as references, in text order. */
    static List<EntityRef> refs(String text, Span span, Entities entities) {
        List<EntityRef> out = new ArrayList<>();
        for (Mention m : entities.within(span.start(), span.end())) {
            Entity e = entities.byId(m.entityId()).orElse(null);
            out.add(new EntityRef(m.entityId(), e == null ? m.span().of(text) : e.name(),
                    e == null ? null : e.type().name(), m.span().of(text), m.span()));
        }
        return out;
    }

    /** The words around the metric: "rare earth metals reserves", "resources of this kind", "approval rating". */
    private static String topic(String s, int start, int end) {
        int from = start;
        for (int i = 0; i < 4; i++) {
            Matcher w = WORD_BEFORE.matcher(s.substring(0, from));
            if (!w.find() || NOT_TOPIC.contains(w.group(1)) || w.group(1).matches(".*(?:est|st|nd|rd|th)$")
                    && w.group(1).contains("-")) {
                break;
            }
            from = w.start(1);
        }
        int to = end;
        String rest = s.substring(end);
        if (rest.startsWith(" rating")) {
            to += " rating".length();
            rest = s.substring(to);
        }
        Matcher of = OF_TAIL.matcher(rest);
        if (of.find()) {
            to += of.end(1);
        }
        return s.substring(from, to);
    }

    /** "70 percent of global production" → where "global production" stands: the whole a share is of, or null. */
    private static Span shareOf(String text, List<Quantity> found) {
        for (Quantity q : found) {
            if (q.unit() != Unit.PERCENT) {
                continue;
            }
            int from = q.span().end();
            Matcher m = SHARE_OF.matcher(text.substring(from, Math.min(text.length(), from + 60)));
            if (m.find()) {
                String whole = m.group(1);
                int start = from + m.start(1) + whole.length() - whole.stripLeading().length();
                return new Span(start, start + whole.strip().length());
            }
        }
        return null;
    }
}
