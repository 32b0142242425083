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
 * Reads the {@link ClaimParts} of one claim span: figures, rankings, comparison, change, entities, metric, topic, share
 * and year. Stateless and thread-safe.
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
    private static final Pattern COMPARISON = Pattern.compile(
            "(?<int>\\b(?:significantly|far|much|slightly|considerably|substantially|vastly|even|a\\s+lot|way)\\s+)?"
                    + "\\b(?<comp>more|less|fewer|greater|larger|bigger|smaller|higher|lower|richer|poorer|cheaper"
                    + "|faster|slower|older|younger|longer|shorter|stronger|weaker|wealthier)\\b"
                    + "(?<mid>[^.;()]{0,80}?)\\bthan\\s+(?<than>[^,;.()]{1,80})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OTHER_RATHER = Pattern.compile("\\b(?:other|rather)\\s*$");
    /** "more than 3,000", "less than two weeks", "more than twice": a hedge on a figure, not a comparison. */
    private static final Pattern FIGURE_AFTER_THAN = Pattern.compile(
            "(?i)\\s*(?:[$€£¥]|\\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
                    + "|forty|fifty|sixty|seventy|eighty|ninety|hundred|twice|thrice|half|dozens?|hundreds|thousands"
                    + "|millions|billions)\\b)");
    private static final Pattern FACTOR = Pattern.compile(
            "(?i)\\b(?<f>twice|thrice|half|(?:\\d+(?:\\.\\d+)?|two|three|four|five|six|seven|eight|nine|ten)\\s+times)"
                    + "\\s+(?:as\\s+(?<adj>\\w+)\\s+as|(?<adj2>more|larger|bigger|higher|greater|less|smaller)\\s+than)"
                    + "\\s+(?<than>[^,;.()]{1,80})");
    private static final WordSet.Vocabulary COMPARING_WORDS = WordSet.Vocabulary.of("than", "times", "twice", "thrice", "half");
    private static final WordSet.Vocabulary CHANGE_WORDS = WordSet.Vocabulary.of("rose", "rises", "risen", "rising", "increased",
            "increases", "grew", "grown", "grows", "climbed", "jumped", "surged", "soared", "doubled", "tripled",
            "trebled", "quadrupled", "halved", "fell", "falls", "fallen", "dropped", "declined", "decreased", "slumped",
            "plunged", "shrank", "dipped", "tumbled", "slid", "gained", "lost", "remained", "held");
    private static final Pattern CHANGE = Pattern.compile(
            "(?i)\\b(?<hedge>more\\s+than\\s+|nearly\\s+|almost\\s+)?(?<verb>rose|rises|risen|rising|increased|increases"
                    + "|grew|grown|grows|climbed|jumped|surged|soared|doubled|tripled|trebled|quadrupled|halved|fell"
                    + "|falls|fallen|dropped|declined|decreased|slumped|plunged|shrank|dipped|tumbled|slid|gained|lost"
                    + "|remained\\s+(?:unchanged|flat|steady)|held\\s+steady)\\b");
    private static final Pattern SHARE_OF = Pattern.compile(
            "^\\s+of\\s+(?:the\\s+)?((?:[\\p{L}’'-]+\\s*){1,4}?)(?=[,.;:)]|\\s+(?:is|are|was|were|has|have|in|from|for"
                    + "|and|trust|support|say|said|think|believe|approve|oppose)\\b|$)");
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?<prep>(?:in|since|by|during|for|of|from|until|through)\\s+)?(?<y>(?:19|20)\\d\\d)\\b(?![,.]?\\d)");
    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            "(?i)\\b(?<rel>last|this|next|previous|past)\\s+(?<unit>year|month|week)\\b");

    private static final WordSet.Vocabulary TIME_WORDS = WordSet.Vocabulary.of("year", "month", "week");

    private final QuantityParser quantities = new QuantityParser();
    private final RankParser ranks = new RankParser();

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
        Comparison comparison = words.hasAny(COMPARING_WORDS) ? comparison(text, s, base, entities) : null;
        Change change = words.hasAny(CHANGE_WORDS) ? change(s, base, foundQuantities) : null;
        List<Span> excluded = new ArrayList<>();
        if (comparison != null) {
            excluded.add(comparison.span());
        }
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
        return new ClaimParts(foundQuantities, foundRanks, subjects, comparison, change, metricName, topic,
                shareOf(text, foundQuantities), yearOf(s, words, published), timeText(s, words));
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

    private static Comparison comparison(String text, String s, int base, Entities entities) {
        Matcher f = FACTOR.matcher(s);
        if (f.find()) {
            String factorWord = f.group("f").toLowerCase(Locale.ROOT);
            double factor = factorWord.equals("twice") ? 2 : factorWord.equals("thrice") ? 3
                    : factorWord.equals("half") ? 0.5 : number(factorWord.replaceAll("\\s*times$", ""));
            String adj = f.group("adj") != null ? f.group("adj") : f.group("adj2");
            boolean greater = factor >= 1 && !adj.matches("(?i)less|smaller|fewer");
            Span thanSpan = new Span(base + f.start("than"), base + f.end("than"));
            return new Comparison(f.group("f") + " " + (f.group("adj") != null ? "as " + adj : adj), greater, "", factor,
                    thanRefs(text, entities, thanSpan), f.group("than").strip(), new Span(base + f.start(), base + f.end()));
        }
        Matcher m = COMPARISON.matcher(s);
        while (m.find()) {
            String comp = m.group("comp").toLowerCase(Locale.ROOT);
            if (OTHER_RATHER.matcher(m.group("mid")).find()
                    || m.group("mid").isBlank() && FIGURE_AFTER_THAN.matcher(m.group("than")).lookingAt()) {
                continue;
            }
            boolean greater = !comp.matches("less|fewer|smaller|lower|poorer|cheaper|slower|younger|shorter|weaker");
            String thanText = m.group("than").replaceAll("[\\s”\"’]+$", "");
            Span thanSpan = new Span(base + m.start("than"), base + m.start("than") + thanText.length());
            String intensifier = m.group("int") == null ? "" : m.group("int").strip();
            return new Comparison(comp, greater, intensifier, null, thanRefs(text, entities, thanSpan), thanText,
                    new Span(base + m.start(), thanSpan.end()));
        }
        return null;
    }

    private static List<EntityRef> thanRefs(String text, Entities entities, Span than) {
        return refs(text, than, entities);
    }

    private static Change change(String s, int base, List<Quantity> found) {
        Matcher m = CHANGE.matcher(s);
        if (!m.find()) {
            return null;
        }
        String verb = m.group("verb").toLowerCase(Locale.ROOT);
        Change.Direction dir = verb.matches("remained.*|held.*") ? Change.Direction.NONE
                : verb.matches("fell|falls|fallen|dropped|declined|decreased|slumped|plunged|shrank|dipped|tumbled|slid"
                + "|halved|lost") ? Change.Direction.DOWN : Change.Direction.UP;
        Double factor = switch (verb) {
            case "doubled" -> 2.0;
            case "tripled", "trebled" -> 3.0;
            case "quadrupled" -> 4.0;
            case "halved" -> 0.5;
            default -> null;
        };
        Hedge hedge = m.group("hedge") == null ? Hedge.EXACT : m.group("hedge").toLowerCase(Locale.ROOT)
                .startsWith("more") ? Hedge.MORE_THAN : Hedge.NEARLY;
        Quantity from = null;
        Quantity to = null;
        Quantity by = null;
        int verbEnd = base + m.end();
        for (Quantity q : found) {
            if (q.span().start() < verbEnd) {
                continue;
            }
            String before = s.substring(Math.max(0, q.span().start() - base - 6), q.span().start() - base)
                    .toLowerCase(Locale.ROOT);
            if (before.matches("(?s).*\\bfrom\\s+$") && from == null) {
                from = q;
            } else if (before.matches("(?s).*\\bto\\s+$") && to == null) {
                to = q;
            } else if ((before.matches("(?s).*\\bby\\s+$") || q.span().start() - verbEnd <= 1) && by == null) {
                by = q;
            }
        }
        int start = m.group("hedge") == null ? m.start("verb") : m.start();
        return new Change(dir, s.substring(start, m.end()), from, to, by, factor, hedge,
                new Span(base + start, base + m.end()));
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

    /** "70 percent of global production" → "global production": the whole a share is of. */
    private static String shareOf(String text, List<Quantity> found) {
        for (Quantity q : found) {
            if (q.unit() != Unit.PERCENT) {
                continue;
            }
            Matcher m = SHARE_OF.matcher(text.substring(q.span().end(), Math.min(text.length(), q.span().end() + 60)));
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    private static Integer yearOf(String s, WordSet words, LocalDate published) {
        if (!words.hasAny(TIME_WORDS) && !words.anyWord(PartsReader::isYear)) {
            return null;
        }
        Matcher y = YEAR.matcher(s);
        if (y.find()) {
            return Integer.parseInt(y.group("y"));
        }
        Matcher r = RELATIVE_YEAR.matcher(s);
        if (r.find() && published != null) {
            int step = switch (r.group("rel").toLowerCase(Locale.ROOT)) {
                case "last", "previous", "past" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            return switch (r.group("unit").toLowerCase(Locale.ROOT)) {
                case "year" -> published.plusYears(step).getYear();
                case "month" -> published.plusMonths(step).getYear();
                default -> published.plusWeeks(step).getYear();
            };
        }
        return null;
    }

    private static String timeText(String s, WordSet words) {
        if (!words.hasAny(TIME_WORDS) && !words.anyWord(PartsReader::isYear)) {
            return null;
        }
        Matcher y = YEAR.matcher(s);
        if (y.find()) {
            return y.group().strip();
        }
        Matcher r = RELATIVE_YEAR.matcher(s);
        return r.find() ? r.group() : null;
    }

    private static boolean isYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Character.isDigit(w.charAt(2))
                && Character.isDigit(w.charAt(3));
    }

    private static double number(String word) {
        return word.matches("\\d+(?:\\.\\d+)?") ? Double.parseDouble(word) : NumberWords.cardinal(word).orElse(1);
    }
}
