package org.assay.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assay.article.Span;

/**
 * Reads the {@link Change} a claim reports: the first change verb ("rose", "fell", "was cut", "more than tripled",
 * "revised up", "up from", "held steady"), its direction, multiple and hedge, and the figures it moves from, to and
 * by. The one list of change verbs in Assay. Stateless and thread-safe.
 */
final class ChangeReader {

    /** "up from", "down from" report a change only before a figure ("up from 3,600"), not in "stepped down from". */
    private static final String FIGURE_NEXT = "(?=\\s+(?:an?\\s+)?(?:estimated\\s+)?[$€£¥]?\\d)";
    /** A bare "up", "down" reports a change only before a percentage or a sum ("up 50%", "down $3bn"), not "set up 5". */
    private static final String SHARE_NEXT = "(?=\\s+(?:by\\s+)?(?:[$€£¥]\\d|\\d[\\d.,]*\\s*(?:%|per\\s*cent|percent)))";
    private static final List<String> UP = List.of("rose", "rises", "risen", "rise", "rising", "increased", "increases",
            "grew", "grown", "grows", "accelerated", "climbed", "jumped", "surged", "soared", "gained", "expanded", "raised",
            "revised\\s+up(?:ward)?", "up\\s+from" + FIGURE_NEXT, "went\\s+up", "edged\\s+(?:up|higher)", "leapt", "leaped",
            "rocketed", "rebounded", "widened", "up" + SHARE_NEXT);
    private static final List<String> DOWN = List.of("fell", "falls", "fallen", "dropped", "drops", "declined",
            "declines", "decreased", "decreases", "slumped", "plunged", "shrank", "shrunk", "slid", "dipped", "tumbled",
            "lost", "contracted", "slowed", "cut", "lowered", "slashed", "revised\\s+down(?:ward)?", "down\\s+from" + FIGURE_NEXT, "went\\s+down", "edged\\s+(?:down|lower)",
            "slipped", "eased", "sank", "plummeted", "narrowed", "collapsed", "crashed", "down" + SHARE_NEXT);
    private static final List<String> MULTIPLIED = List.of("doubled", "tripled", "trebled", "quadrupled", "halved");
    private static final List<String> STEADY = List.of("remained\\s+(?:unchanged|flat|steady)", "held\\s+steady");

    /** The first word of every change verb: a clause without one of these reports no change. */
    static final WordSet.Vocabulary WORDS = WordSet.Vocabulary.of(firstWords());

    private static final Pattern CHANGE = Pattern.compile("(?i)\\b(?<hedge>(?:more\\s+than|over|at\\s+least|nearly"
            + "|almost)\\s+)?(?<verb>" + String.join("|", MULTIPLIED) + "|" + String.join("|", UP) + "|"
            + String.join("|", DOWN) + "|" + String.join("|", STEADY) + ")\\b");
    private static final Pattern DOWN_VERB = Pattern.compile("(?i)" + String.join("|", DOWN).replace(FIGURE_NEXT, "")
            .replace(SHARE_NEXT, "") + "|halved");
    /** A figure written as a bound a level passed: "below $10", "above 5%" (but "over 5%" is a size: "rose over 5%"). */
    private static final Pattern LEVEL_PASSED = Pattern.compile("(?i)(?:below|above|under|beneath)\\b");

    /** The words before a change's size: "by 5%", "a gain of 3 points". */
    private static final Pattern BY = Pattern.compile(
            "(?s).*\\b(?:by|(?:gain|increase|rise|fall|drop|decline|jump|cut|reduction)\\s+of)\\s+$");
    /** Between a reached figure and the verb after it: "36,000 cars, up". */
    private static final Pattern REACHED = Pattern.compile("(?:\\s+[\\p{L}-]+){0,2},\\s+");
    /** A multiple said after the verb: "grew fivefold", "rose three-fold". */
    private static final Pattern FOLD = Pattern.compile("(?i)^\\s+(two|three|four|five|six|seven|eight|nine|ten)[\\s-]?fold\\b");
    private static final Pattern STEADY_VERB = Pattern.compile("(?i)" + String.join("|", STEADY));

    private ChangeReader() {
    }

    /**
     * The change in {@code s} (a claim's words starting at article offset {@code base}), or {@code null}.
     *
     * @param found the claim's figures, spans in article offsets; those after the verb are read as its from ("from",
     *              "from an estimated"), to ("to") and by ("by", or right after the verb)
     */
    static Change read(String s, int base, List<Quantity> found) {
        Matcher m = CHANGE.matcher(s);
        if (!m.find()) {
            return null;
        }
        String verb = m.group("verb").toLowerCase(Locale.ROOT);
        Change.Direction dir = STEADY_VERB.matcher(verb).matches() ? Change.Direction.NONE
                : DOWN_VERB.matcher(verb).matches() ? Change.Direction.DOWN : Change.Direction.UP;
        Double factor = switch (verb) {
            case "doubled" -> 2.0;
            case "tripled", "trebled" -> 3.0;
            case "quadrupled" -> 4.0;
            case "halved" -> 0.5;
            default -> fold(s.substring(m.end()));
        };
        Hedge hedge = hedge(m.group("hedge"));
        Quantity from = null;
        Quantity to = null;
        Quantity by = null;
        int verbEnd = base + m.end();
        int limit = base + nextChange(s, m.end());
        for (Quantity q : found) {
            if (q.span().start() < verbEnd || q.span().start() >= limit) {
                continue;
            }
            String before = s.substring(Math.max(0, q.span().start() - base - 16), q.span().start() - base)
                    .toLowerCase(Locale.ROOT);
            if (before.matches("(?s).*\\bfrom\\s+(?:an?\\s+)?(?:estimated\\s+)?$") && from == null) {
                from = q;
            } else if ((before.matches("(?s).*\\bto\\s+$") || LEVEL_PASSED.matcher(q.text()).lookingAt()) && to == null) {
                to = q; // "fell below $10", "rose above 5%": the level the change passed, not its size
            } else if ((BY.matcher(before).matches() || q.span().start() - verbEnd <= 1) && by == null) {
                by = q;
            }
        }
        if (to == null && from != null) {
            to = reached(s, base, m.start(), found);
        }
        int start = m.group("hedge") == null ? m.start("verb") : m.start();
        return new Change(dir, s.substring(start, m.end()), from, to, by, factor, hedge,
                new Span(base + start, base + m.end()), changeOf(s, m.start("verb"), m.end()));
    }

    private static final Pattern NOUN_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+)?$");
    private static final Pattern IN_OR_OF = Pattern.compile("^\\s+(?:in|of)\\s+(?:the\\s+)?([\\p{L}-]+)");

    /** "the rise in remittances" → "remittances": what a change named as a noun is of, or {@code null}. */
    private static String changeOf(String s, int verbStart, int verbEnd) {
        if (!NOUN_BEFORE.matcher(s.substring(0, verbStart)).find()) {
            return null;
        }
        Matcher m = IN_OR_OF.matcher(s.substring(verbEnd));
        return m.find() ? m.group(1) : null;
    }

    /**
     * Where the next change of another thing begins after offset {@code from} of {@code s} ("grew 15.7%, ... and
     * inflation slowed to 4.3%"), or the end of {@code s}: its figures are not this change's. "up from", "down from"
     * and a noun after "a" continue the change before them ("rose 25% to £1.2bn, up from £960m", "a rise of 49.7%").
     */
    private static int nextChange(String s, int from) {
        Matcher next = CHANGE.matcher(s);
        while (next.find(from)) {
            boolean restates = next.group("verb").toLowerCase(Locale.ROOT).matches("(?:up|down)\\s+from")
                    || s.substring(0, next.start()).matches("(?is).*\\ban?\\s+$");
            if (!restates) {
                return next.start();
            }
            from = next.end();
        }
        return s.length();
    }

    /**
     * The figure a change reached when it stands before the verb: "sold 36,000 cars, up 50% from 30,000"; the figure
     * must end the words just before the verb and its comma.
     */
    private static Quantity reached(String s, int base, int verbStart, List<Quantity> found) {
        for (Quantity q : found) {
            int end = q.span().end() - base;
            if (end >= 0 && end <= verbStart && REACHED.matcher(s.substring(end, verbStart)).matches()) {
                return q;
            }
        }
        return null;
    }

    private static Double fold(String after) {
        Matcher f = FOLD.matcher(after);
        return f.find() ? NumberWords.cardinal(f.group(1).toLowerCase(Locale.ROOT)).orElseThrow() : null;
    }

    private static Hedge hedge(String words) {
        if (words == null) {
            return Hedge.EXACT;
        }
        String w = words.strip().toLowerCase(Locale.ROOT);
        return w.startsWith("more") || w.equals("over") ? Hedge.MORE_THAN
                : w.startsWith("at") ? Hedge.AT_LEAST : Hedge.NEARLY;
    }

    private static List<String> firstWords() {
        List<String> out = new ArrayList<>();
        for (List<String> verbs : List.of(UP, DOWN, MULTIPLIED, STEADY)) {
            verbs.forEach(v -> out.add(v.replace(FIGURE_NEXT, "").replace(SHARE_NEXT, "").split("\\\\s", 2)[0]));
        }
        return out;
    }
}
