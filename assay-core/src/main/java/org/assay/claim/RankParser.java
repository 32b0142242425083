package org.assay.claim;

import static org.assay.claim.PatternGate.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assay.article.Span;

/**
 * Finds rankings in prose: ordinal superlatives ("fifth-largest", "the world's second biggest", "3rd-largest"), plain
 * superlatives after "the" or a possessive ("the largest", "Europe's biggest"), "second only to X", "ranks fourth",
 * "No. 2", "top five"; with the names ranked ahead ("after China, Brazil, India and Australia", "behind the US") and
 * the scope ("world", "in Europe"). "One of the largest" is not a ranking: it names no position.
 *
 * <p>Stateless and thread-safe.
 */
final class RankParser {

    private static final String SUPERLATIVE = "(?i:(?:most|least)\\s+(?:populous|populated|densely\\s+populated|visited"
            + "|valuable|indebted|expensive|polluting|productive)|largest|biggest|greatest|highest|top"
            + "|leading|heaviest|richest|strongest|wealthiest|smallest|lowest|poorest|weakest|fewest|worst|best)";
    /** Superlatives that name a measurable first place; "the best", "the most important" are opinions. */
    private static final String MEASURABLE_SUPERLATIVE = "(?i:most\\s+(?:populous|populated|visited)|largest|biggest"
            + "|highest|heaviest|richest|wealthiest|smallest|lowest|poorest|fewest|least\\s+populous)";
    private static final String NAME = "(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}.'’-]*)*";
    private static final String NAMES = NAME + "(?:\\s*,\\s*(?:and\\s+)?" + NAME + "|\\s+and\\s+" + NAME + ")*";
    private static final String POSSESSOR = "(?:(?<owner>(?i:world|globe|planet)|\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)*)['’]s\\s+)";

    private static final Pattern ORDINAL_SUPERLATIVE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?i:the|its|their)\\s+|" + POSSESSOR + ")?(?<ord>(?i:" + NumberWords.ORDINAL
                    + "))(?:\\s*-\\s*|\\s+)(?<sup>" + SUPERLATIVE + ")\\b",
            Pattern.UNICODE_CASE);
    private static final Pattern FIRST_SUPERLATIVE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<lead>[Tt]he\\s+|" + POSSESSOR + ")(?<sup>" + MEASURABLE_SUPERLATIVE + ")\\b",
            Pattern.UNICODE_CASE);
    /**
     * "at its lowest for 30 years", "the weakest since 1976": a possessive pronoun's superlative, or one of pace or
     * strength, ranks only against the past, so it is read only when a run of past years follows.
     */
    private static final Pattern OWN_SUPERLATIVE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?i:its|their|the)\\s+(?<sup>" + MEASURABLE_SUPERLATIVE
                    + "|(?i:weakest|strongest|slowest|fastest))\\b", Pattern.UNICODE_CASE);
    private static final Pattern ONLY_TO = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<ord>(?i:" + NumberWords.ORDINAL + "))\\s+only\\s+to\\s+(?<names>" + NAMES + ")",
            Pattern.UNICODE_CASE);
    private static final Pattern RANKS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?i:rank(?:s|ed)?|placed|came|comes|finished)\\s+(?:(?:as\\s+)?(?:the\\s+)?)?(?<ord>(?i:"
                    + NumberWords.ORDINAL + "))\\b|\\b(?:No\\.|number)\\s?(?<no>\\d{1,3}|one|two|three|four|five)\\b",
            Pattern.UNICODE_CASE);
    private static final Pattern TOP_N = Pattern.compile(
            "(?<![\\p{L}\\p{N}])top\\s+(?<n>\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AHEAD = Pattern.compile(
            "^[^.;:()]{0,80}?\\b(?:after|behind|trailing|following|below)\\s+(?<names>" + NAMES + ")",
            Pattern.UNICODE_CASE);
    private static final Pattern SCOPE_AFTER = Pattern.compile(
            "^[^.;:()]{0,60}?\\b(?:in|of)\\s+(?:the\\s+)?(?<scope>world|globe|\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)*)",
            Pattern.UNICODE_CASE);
    private static final WordSet.Vocabulary SUPERLATIVE_WORDS = WordSet.Vocabulary.of("largest", "biggest", "greatest", "highest", "top",
            "leading", "heaviest", "richest", "strongest", "wealthiest", "smallest", "lowest", "poorest", "weakest",
            "fewest", "worst", "best", "most", "least");
    private static final WordSet.Vocabulary RANK_WORDS = WordSet.Vocabulary.of("rank", "ranks", "ranked", "placed", "came", "comes",
            "finished", "no", "number", "top");
    private static final Pattern ONE_OF = Pattern.compile(
            "(?i)\\b(?:(?:one|some|several|many|most|two|three|four|five|\\d+)\\s+of|among)\\s+(?:the\\s+)?$");
    private static final Pattern NEAR_TOP = Pattern.compile("(?i)\\b(?:one\\s+of|among)\\s+the\\s+(?:world['’]s\\s+)?"
            + "(largest|biggest|top|leading|major|main)\\b");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+(?!the\\s+\\p{Lu})");

    /** All rankings in {@code text}, in text order; spans are offsets into {@code text} plus {@code base}. */
    public List<Rank> parse(String text, int base) {
        return parse(text, base, WordSet.of(text));
    }

    /** As {@link #parse(String, int)}, with the words of {@code text} already split. */
    List<Rank> parse(String text, int base, WordSet words) {
        boolean ordinal = words.anyWord(w -> NumberWords.ordinal(w).isPresent() || w.contains("-")
                && NumberWords.ordinal(w.substring(0, w.indexOf('-'))).isPresent());
        boolean superlative = words.hasAny(SUPERLATIVE_WORDS);
        boolean other = words.hasAny(RANK_WORDS);
        if (!ordinal && !superlative && !other) {
            return List.of();
        }
        List<Rank> found = new ArrayList<>();
        Matcher m = ORDINAL_SUPERLATIVE.matcher(ordinal ? text : "");
        while (m.find()) {
            int position = NumberWords.ordinal(m.group("ord")).orElse(0);
            if (position > 0 && !isOneOf(text, m.start())) {
                found.add(rank(text, base, m.start(), m.end(), position, Hedge.EXACT, m.group("sup"), m.group("owner"),
                        List.of()));
            }
        }
        m = FIRST_SUPERLATIVE.matcher(superlative ? text : "");
        while (m.find()) {
            if (!isOneOf(text, m.start()) && !overlapsAny(found, base + m.start(), base + m.end())
                    && !followedByThan(text, m.end())) {
                found.add(rank(text, base, m.start(), m.end(), 1, Hedge.EXACT, m.group("sup"), m.group("owner"),
                        List.of()));
            }
        }
        m = OWN_SUPERLATIVE.matcher(superlative ? text : "");
        while (m.find()) {
            if (!overlapsAny(found, base + m.start(), base + m.end()) && past(text.substring(m.end())) != null) {
                found.add(rank(text, base, m.start(), m.end(), 1, Hedge.EXACT, m.group("sup"), null, List.of()));
            }
        }
        m = ONLY_TO.matcher(ordinal && words.has("only") ? text : "");
        while (m.find()) {
            int position = NumberWords.ordinal(m.group("ord")).orElse(0);
            if (position > 0 && !overlapsAny(found, base + m.start(), base + m.end())) {
                int end = m.end() - (m.group("names").length() - stripFinalStop(m.group("names")).length());
                found.add(rank(text, base, m.start(), end, position, Hedge.EXACT, "", null, names(m.group("names"))));
            }
        }
        m = RANKS.matcher(other ? text : "");
        while (m.find()) {
            int position = m.group("ord") != null ? NumberWords.ordinal(m.group("ord")).orElse(0)
                    : (int) number(m.group("no"));
            if (position > 0 && !overlapsAny(found, base + m.start(), base + m.end())) {
                found.add(rank(text, base, m.start(), m.end(), position, Hedge.EXACT, "", null, List.of()));
            }
        }
        m = TOP_N.matcher(words.has("top") ? text : "");
        while (m.find()) {
            int n = (int) number(m.group("n"));
            if (n > 0 && !overlapsAny(found, base + m.start(), base + m.end())) {
                found.add(rank(text, base, m.start(), m.end(), n, Hedge.AT_MOST, "top", null, List.of()));
            }
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(found);
    }

    /** All rankings in {@code text}, with spans into {@code text}. */
    public List<Rank> parse(String text) {
        return parse(text, 0);
    }

    /**
     * The first place near the top that {@code text} gives no position for ("one of the largest", "among the world's
     * leading"), spans offset by {@code base}, or {@code null}. {@link #parse} reports no rank for these words.
     */
    public NearTop nearTop(String text, int base) {
        Matcher m = NEAR_TOP.matcher(mentions(text, "one") || mentions(text, "among") ? text : "");
        return m.find() ? new NearTop(m.group(1).toLowerCase(Locale.ROOT), m.group(), new Span(base + m.start(),
                base + m.end())) : null;
    }

    private static Rank rank(String text, int base, int start, int end, int position, Hedge hedge, String superlative,
                             String owner, List<String> ahead) {
        String sup = superlative.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean largestFirst = !sup.matches("least .*|smallest|lowest|poorest|weakest|slowest|fewest|worst");
        String rest = text.substring(end);
        List<String> names = ahead;
        if (names.isEmpty()) {
            Matcher a = AHEAD.matcher(rest);
            if (a.find()) {
                names = names(a.group("names"));
            }
        }
        String scope = owner == null ? null : owner.toLowerCase(Locale.ROOT).matches("world|globe|planet") ? "world" : owner;
        if (scope == null) {
            Matcher s = SCOPE_AFTER.matcher(rest);
            if (s.find()) {
                scope = s.group("scope").toLowerCase(Locale.ROOT).matches("world|globe") ? "world" : s.group("scope");
            }
        }
        return new Rank(position, hedge, sup, largestFirst, names, scope, text.substring(start, end),
                new Span(base + start, base + end), past(rest), ranked(rest), excluded(text));
    }

    private static final Pattern RANKED = Pattern.compile("^[\\s-]*((?:[\\p{L}’'-]+\\s*){0,3})");
    private static final Pattern OPENS_WITH_PREPOSITION = Pattern.compile("(?i)^(?:in|of|among|on|by|for|at|across"
            + "|anywhere|ever|than|and|or|to)\\b.*");

    /** Up to three words after a superlative: what it ranks ("port", "economy in the"), "" after a preposition. */
    private static String ranked(String rest) {
        Matcher m = RANKED.matcher(rest);
        String words = m.find() ? m.group(1).strip() : "";
        return OPENS_WITH_PREPOSITION.matcher(words).matches() ? "" : words;
    }

    /** After a superlative, within its clause: "since 1981", "since the 1960s", "for 29 years", "in a decade". */
    private static final Pattern PAST = Pattern.compile("(?i)^[^,;.]{0,40}?\\b(?<run>since\\s+(?:the\\s+)?(?<since>\\d{4})"
            + "(?<decade>s)?|(?:since|in)\\s+records?\\s+began|(?:for|in)\\s+(?:more\\s+than\\s+|over\\s+|almost\\s+"
            + "|nearly\\s+|at\\s+least\\s+)?(?<n>\\d+|a|an|[a-z]+(?:[\\s-][a-z]+)?)\\s+(?<unit>years?|decades?)"
            + "|on\\s+record|in\\s+history|since\\s+(?:the\\s+)?\\p{L}+\\s+war)\\b");

    /** The run of past years a ranking holds over, read from the words after it, or {@code null}. */
    private static PastRun past(String rest) {
        Matcher m = PAST.matcher(rest);
        if (!m.find()) {
            return null;
        }
        String words = m.group("run");
        if (m.group("since") != null) {
            int year = Integer.parseInt(m.group("since"));
            return new PastRun(m.group("decade") != null ? year + 9 : year, null, words);
        }
        if (m.group("n") != null) {
            String n = m.group("n").toLowerCase(Locale.ROOT);
            boolean decades = m.group("unit").toLowerCase(Locale.ROOT).startsWith("decade");
            double count = n.matches("\\d+") ? Double.parseDouble(n) : n.equals("a") || n.equals("an") ? 1
                    : NumberWords.cardinal(n.replace('-', ' ')).orElse(0);
            boolean plural = m.group("unit").toLowerCase(Locale.ROOT).endsWith("s");
            if (count >= 1 && (count > 1 || !plural)) {
                return new PastRun(null, (int) Math.round(count * (decades ? 10 : 1)), words);
            }
        }
        return new PastRun(null, null, words);
    }

    /** "outside China", "excluding China and Myanmar", "apart from China": what the ordering leaves out. */
    private static final Pattern OUTSIDE = Pattern.compile("\\b(?i:outside(?:\\s+of)?|excluding|except(?:\\s+for)?"
            + "|apart\\s+from|other\\s+than|besides|beyond)\\s+(?<names>" + NAMES + ")", Pattern.UNICODE_CASE);
    /** A verb right after a name makes it the clause's subject, not one more item of the list before it. */
    private static final Pattern SUBJECT_VERB = Pattern.compile("(?i)^\\s*(?:is|was|has|had|ranks|ranked|holds|held"
            + "|produces|produced|mines|mined|remains|remained|are|were)\\b");

    /**
     * The names a clause leaves out of its ordering, in the order written: "Outside China, Myanmar is the biggest"
     * leaves out China alone, since "Myanmar is" opens the clause's own statement.
     */
    private static List<String> excluded(String text) {
        Matcher m = mentions(text, "outside") || mentions(text, "excluding") || mentions(text, "except")
                || mentions(text, "apart") || mentions(text, "other") || mentions(text, "besides")
                || mentions(text, "beyond") ? OUTSIDE.matcher(text) : null;
        List<String> out = new ArrayList<>();
        while (m != null && m.find()) {
            List<String> listed = names(m.group("names"));
            if (listed.size() > 1 && SUBJECT_VERB.matcher(text.substring(m.end())).lookingAt()) {
                listed = listed.subList(0, listed.size() - 1);
            }
            out.addAll(listed);
        }
        return out;
    }

    private static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (String n : NAME_SPLIT.split(list.strip())) {
            String name = stripFinalStop(n.strip().replaceFirst("^(?i)the\\s+", ""));
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    /** "China." → "China" (a sentence's full stop), but "U.S." keeps its abbreviation point. */
    private static String stripFinalStop(String name) {
        return name.endsWith(".") && !name.matches("(?s).*\\.\\p{L}{1,2}\\.$") ? name.substring(0, name.length() - 1) : name;
    }

    private static boolean isOneOf(String text, int start) {
        return ONE_OF.matcher(text.substring(Math.max(0, start - 14), start)).find();
    }

    private static boolean followedByThan(String text, int end) {
        return text.substring(end, Math.min(text.length(), end + 30)).matches("(?s)^\\s+\\w+\\s+than\\b.*");
    }

    private static boolean overlapsAny(List<Rank> ranks, int start, int end) {
        Span s = new Span(start, end);
        return ranks.stream().anyMatch(r -> r.span().overlaps(s));
    }

    private static double number(String s) {
        if (s.matches("\\d+")) {
            return Double.parseDouble(s);
        }
        OptionalDouble v = NumberWords.cardinal(s.equalsIgnoreCase("hundred") ? "one hundred" : s);
        return v.orElse(0);
    }
}
