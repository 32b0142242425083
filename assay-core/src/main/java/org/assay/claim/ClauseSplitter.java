package org.assay.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assay.article.Span;

/**
 * Cuts a sentence into clauses that may each be a claim, and reads the frame around each: the reporting verb and who
 * reports ("X said", "X said that ...", "..., X said", "Russia, he said, has ...", "falsely claiming ..."), the source
 * it cites ("according to ...", "data from X show"), and whether it stands in parentheses.
 *
 * <p>Cuts at parentheses, semicolons, spaced dashes and "because", "although", "though", "whereas", ", but",
 * ", while", never inside quotation marks. Works on the text alone; stateless and thread-safe.
 */
final class ClauseSplitter {

    private static final String CUES = "said|says|claimed|claims|told|tells|added|adds|stated|states|insisted|insists|argued"
            + "|argues|asserted|asserts|noted|notes|announced|estimated|estimates|believes|believed|warned|warns"
            + "|reported|reports|wrote|writes|tweeted|alleged|alleges|suggested|suggests|acknowledged|admitted|conceded"
            + "|declared|maintained|maintains|boasted|bragged|contended|predicted|affirmed|explained|posted|revealed"
            + "|confirmed|show|shows|showed|found|finds|indicate|indicates";
    private static final String PARTICIPLES = "saying|claiming|alleging|insisting|arguing|asserting|noting|adding"
            + "|boasting|bragging|suggesting|declaring|stating|warning|contending|maintaining";
    private static final String JUDGE = "(?:falsely|wrongly|incorrectly|erroneously|baselessly|misleadingly"
            + "|inaccurately|mistakenly|dishonestly|correctly|rightly|accurately|truthfully)";
    private static final String WHEN = "(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|today|yesterday|earlier|later|recently|last\\s+(?:week|month|year)|this\\s+(?:week|month|year)"
            + "|in\\s+an?\\s+[\\w\\s-]{1,40}?(?:post|interview|statement|speech|report|letter|briefing)))*";
    private static final String REPORTER = "(?:he|she|they|it|we|I|(?:the\\s+|a\\s+|an\\s+)?[\\p{L}.'’-]+"
            + "(?:\\s+[\\p{L}.'’-]+){0,7})";

    private static final Pattern LEADING = Pattern.compile(
            "\\b(?<judge>" + JUDGE + "\\s+)?(?<cue>" + CUES + "|" + PARTICIPLES + ")\\b(?:(?<=told)\\s+(?:him|her|them|us|me"
                    + "|reporters|journalists|\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*))?" + WHEN
                    + "(?:\\s*:\\s*|\\s+(?:that\\s+)?)(?=\\S)");
    private static final Pattern INSERTED = Pattern.compile(
            ",[\"”]?\\s*(?<rep>he|she|they|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s+(?<cue>said|says|added"
                    + "|claimed|claims|argued|insisted|noted|believes|stressed),");
    private static final Pattern TRAILING = Pattern.compile(
            "[,?!][\"”’]?\\s*(?:(?<rep>" + REPORTER + ")\\s+(?<cue>" + CUES + ")|(?<cue2>said|says|added|wrote|told)"
                    + "\\s+(?<rep2>" + REPORTER + "))(?<rest>\\s+(?:on|in|at|during|to|after|before|last|this|earlier|later"
                    + "|told|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\\b[^,;]{0,60})?$");
    private static final Pattern ACCORDING_END = Pattern.compile(
            "(?:,?\\s*\\baccording\\s+to|,\\s*(?:citing|per))\\s+(?<src>[^,;()]{2,80}?)\\s*[.!?\"”’)]*\\s*$");
    private static final Pattern ACCORDING_START = Pattern.compile(
            "^\\s*(?:According\\s+to|Citing|Per)\\s+(?<src>[^,;]{2,80}?),\\s*");
    private static final Pattern DATA_FROM = Pattern.compile(
            "^\\s*(?:The\\s+)?(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Ee]stimates|[Nn]umbers)\\s+(?:from|by|of|published\\s+by)"
                    + "\\s+(?<src>[^,;]{2,80}?)\\s+(?:show|shows|showed|suggest|suggests|indicate|indicates|put|puts)"
                    + "\\s+(?:that\\s+)?");
    private static final Pattern DOCUMENT = Pattern.compile(
            "(?i)^(?:the\\s+|a\\s+|an\\s+|this\\s+|that\\s+)?(?:[\\p{L}'’-]+\\s+){0,5}?(?:survey|surveys|poll|polls|report"
                    + "|reports|study|studies|data|figures|statistics|census|index|analysis|estimates|research)"
                    + "(?:\\s+(?:for|by|of|from|commissioned\\s+by|published\\s+by|carried\\s+out\\s+by)\\s+[^,;]{1,60})?$");
    private static final Pattern FALSE_CLAIM = Pattern.compile(
            "\\b(?<judge>(?:false|baseless|unfounded|debunked|misleading|bogus|discredited|untrue|groundless)\\s+"
                    + "(?:claims?|assertions?|allegations?|suggestions?|notion|idea|statements?))\\s+that\\s+(?=\\S)");
    private static final WordSet.Vocabulary CUE_WORDS = WordSet.Vocabulary.of((CUES + "|" + PARTICIPLES).split("\\|"));
    private static final WordSet.Vocabulary SOURCE_WORDS = WordSet.Vocabulary.of("according", "citing", "per");
    private static final WordSet.Vocabulary DATA_WORDS = WordSet.Vocabulary.of("data", "figures", "statistics", "estimates", "numbers");
    private static final WordSet.Vocabulary FALSE_WORDS = WordSet.Vocabulary.of("false", "baseless", "unfounded", "debunked", "misleading",
            "bogus", "discredited", "untrue", "groundless");
    private static final Set<String> ENDORSING = Set.of("correctly", "rightly", "accurately", "truthfully");
    /** An aside in parentheses shorter than this ("(£600m)", "(AP)") stays part of its clause. */
    private static final int MIN_ASIDE_WORDS = 4;
    private static final Pattern CUT = Pattern.compile(
            "\\s*;\\s*|\\s+[–—]\\s+|,?\\s+(?=(?:because|although|though|whereas)\\s)|,\\s+(?=(?:but|while|yet)\\s)");
    /** The words {@link #CUT} cuts before: a piece holding none of them and no ";", "–", "—" is one clause. */
    private static final List<String> CUT_WORDS = List.of("because", "although", "though", "whereas", "but", "while",
            "yet");
    private static final Pattern LEAD_WORDS = Pattern.compile("^(?:(?:and|but|while|yet|because|although|though|whereas"
            + "|so)\\s+)+");

    /**
     * The clauses of {@code sentence} in {@code text}, in text order.
     *
     * @param nounAt tells whether the word starting at an offset is a noun (from part-of-speech tags), so that "the
     *               claims" and "media reports" are not taken for reporting verbs; may answer false throughout
     */
    List<Segment> split(String text, Span sentence, IntPredicate nounAt) {
        List<Segment> out = new ArrayList<>();
        boolean[] quoted = quotedMask(text, sentence);
        List<Span[]> pieces = new ArrayList<>();
        int depth = 0;
        int outerStart = sentence.start();
        int open = -1;
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (c == '(' && !quoted[i - sentence.start()]) {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (c == ')' && depth > 0 && --depth == 0) {
                Span inner = new Span(open + 1, i);
                if (WordSet.of(inner.of(text)).size() >= MIN_ASIDE_WORDS) {
                    pieces.add(new Span[] {new Span(outerStart, open), null});
                    pieces.add(new Span[] {null, inner});
                    outerStart = i + 1;
                }
            }
        }
        pieces.add(new Span[] {new Span(outerStart, sentence.end()), null});
        for (Span[] p : pieces) {
            boolean paren = p[0] == null;
            Span piece = paren ? p[1] : p[0];
            for (Span clause : cut(text, piece, quoted, sentence.start())) {
                Segment s = frame(text, clause, paren, nounAt);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static List<Span> cut(String text, Span piece, boolean[] quoted, int base) {
        if (!mayCut(text, piece)) {
            return List.of(piece);
        }
        List<Span> out = new ArrayList<>();
        Matcher m = CUT.matcher(text).region(piece.start(), piece.end());
        int from = piece.start();
        while (m.find()) {
            if (quoted[m.start() - base]) {
                continue;
            }
            out.add(new Span(from, m.start()));
            from = m.end();
        }
        out.add(new Span(from, piece.end()));
        return out;
    }

    /**
     * Whether {@code piece} holds a mark of {@link #CUT} or one of its words after white space; most hold none, and
     * the pattern need not run.
     */
    private static boolean mayCut(String text, Span piece) {
        for (int i = piece.start(); i < piece.end(); i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '–' || c == '—') {
                return true;
            }
            if (Character.isWhitespace(c)) {
                for (String word : CUT_WORDS) {
                    if (i + 1 + word.length() <= piece.end() && text.startsWith(word, i + 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Reads the frame of one clause and trims it to its content; null when nothing is left. */
    private static Segment frame(String text, Span clause, boolean paren, IntPredicate nounAt) {
        Span c = trim(text, clause);
        if (c == null) {
            return null;
        }
        String source = null;
        String s = c.of(text);
        WordSet words = WordSet.of(s);
        boolean cites = words.hasAny(SOURCE_WORDS);
        Matcher acc = ACCORDING_END.matcher(cites ? s : "");
        if (acc.find() && acc.start() > 0) {
            source = cleanSource(acc.group("src"));
            c = trim(text, new Span(c.start(), c.start() + acc.start()));
        } else {
            acc = ACCORDING_START.matcher(cites ? s : "");
            if (!acc.find()) {
                acc = DATA_FROM.matcher(words.hasAny(DATA_WORDS) ? s : "");
            }
            if (acc.find(0) && acc.end() < s.length()) {
                source = cleanSource(acc.group("src"));
                c = trim(text, new Span(c.start() + acc.end(), c.end()));
            }
        }
        if (c == null) {
            return null;
        }
        s = c.of(text);
        boolean cued = words.hasAny(CUE_WORDS);
        if (!cued && !words.hasAny(FALSE_WORDS)) {
            return new Segment(c, null, null, false, "", false, paren, source);
        }
        Span base = c;
        Matcher in = INSERTED.matcher(cued ? s : "");
        Matcher first = LEADING.matcher(s);
        boolean leadsFirst = in.find() && first.find() && first.start() < in.start() && !isQuotedAt(s, first.start())
                && !nounAt.test(base.start() + first.start("cue"));
        if (in.find(0) && !leadsFirst) {
            return new Segment(c, in.group("cue"), shift(in.start("rep"), in.end("rep"), c), false, "", false, paren,
                    source);
        }
        Matcher tr = TRAILING.matcher(cued ? s : "");
        if (tr.find() && tr.start() > 0
                && !nounAt.test(base.start() + (tr.group("cue") != null ? tr.start("cue") : tr.start("cue2")))) {
            boolean inverted = tr.group("cue2") != null;
            Span rep = inverted ? shift(tr.start("rep2"), tr.end("rep2"), c) : shift(tr.start("rep"), tr.end("rep"), c);
            String cue = inverted ? tr.group("cue2") : tr.group("cue");
            Span content = trim(text, new Span(c.start(), c.start() + tr.start()));
            if (content != null) {
                return documentOrSpeaker(text, content, cue, rep, false, "", false, paren, source);
            }
        }
        Matcher fc = FALSE_CLAIM.matcher(s);
        if (fc.find() && !isQuotedAt(s, fc.start())) {
            Span content = trim(text, new Span(c.start() + fc.end(), c.end()));
            Span rep = fc.start() == 0 ? null : trim(text, new Span(c.start(), c.start() + fc.start()));
            if (content != null) {
                return new Segment(content, "claim", rep, true, "a " + fc.group("judge"), true, paren, source);
            }
        }
        Matcher lead = LEADING.matcher(cued ? s : "");
        while (lead.find()) {
            if (isQuotedAt(s, lead.start()) || lead.end() >= s.length() || nounAt.test(c.start() + lead.start("cue"))) {
                continue;
            }
            Span content = trim(text, new Span(c.start() + lead.end(), c.end()));
            if (content == null) {
                break;
            }
            boolean participial = lead.group("cue").endsWith("ing");
            Span rep = lead.start() == 0 ? null : trim(text, new Span(c.start(), c.start() + lead.start()));
            String judge = lead.group("judge") == null ? "" : lead.group("judge").strip();
            boolean disputes = !judge.isEmpty() && !ENDORSING.contains(judge.toLowerCase(Locale.ROOT));
            String stanceCue = judge.isEmpty() ? "" : judge + " " + lead.group("cue");
            return documentOrSpeaker(text, content, lead.group("cue"), rep, participial, stanceCue, disputes, paren,
                    source);
        }
        return new Segment(c, null, null, false, "", false, paren, source);
    }

    /** "the survey said ..." cites a document: the article stays the claimant and the document is the source. */
    private static Segment documentOrSpeaker(String text, Span content, String cue, Span rep, boolean participial,
                                             String stanceCue, boolean disputes, boolean paren, String source) {
        if (rep != null && source == null && DOCUMENT.matcher(rep.of(text).strip()).matches()) {
            return new Segment(content, cue, null, false, stanceCue, disputes, paren, cleanSource(rep.of(text)));
        }
        return new Segment(content, cue, rep, participial, stanceCue, disputes, paren, source);
    }

    private static boolean isQuotedAt(String s, int offset) {
        int open = 0;
        for (int i = 0; i < offset; i++) {
            char ch = s.charAt(i);
            if (ch == '“') {
                open++;
            } else if (ch == '”') {
                open = Math.max(0, open - 1);
            } else if (ch == '"') {
                boolean closing = i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1));
                open = closing ? 0 : open > 0 ? 0 : 1;
            }
        }
        return open > 0;
    }

    static String cleanSource(String raw) {
        String s = raw.strip().replaceAll("[\\s.,;:!?\"”’)]+$", "");
        return s.replaceFirst("^(?i)(?:the|a|an)\\s+", "");
    }

    private static Span shift(int start, int end, Span base) {
        return new Span(base.start() + start, base.start() + end);
    }

    /** Drops white space, commas, leading conjunctions and a final full stop from both ends; null when empty. */
    static Span trim(String text, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && (Character.isWhitespace(text.charAt(s)) || ",;:".indexOf(text.charAt(s)) >= 0
                || isClosingMarkAt(text, s, e))) {
            s++;
        }
        Matcher lead = LEAD_WORDS.matcher(text).region(s, e);
        if (lead.lookingAt()) {
            s = lead.end();
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;:.".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        if (e > s && isOpeningMark(text.charAt(s)) && !hasClosingMark(text, s + 1, e)) {
            s++;
        }
        return e - s < 3 ? null : new Span(s, e);
    }

    /** An opening quotation mark whose quote closes outside the clause is not part of the claim's words. */
    private static boolean isOpeningMark(char c) {
        return c == '“' || c == '"' || c == '«' || c == '„';
    }

    private static boolean hasClosingMark(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '”' || c == '"' || c == '»' || c == '“') {
                return true;
            }
        }
        return false;
    }

    /** A quotation mark that closes a quote begun before: "”" or a straight mark followed by white space. */
    private static boolean isClosingMarkAt(String text, int i, int end) {
        char c = text.charAt(i);
        return c == '”' || c == '"' && i + 1 < end && Character.isWhitespace(text.charAt(i + 1));
    }

    /** For each character of the sentence, whether it stands between quotation marks. */
    private static boolean[] quotedMask(String text, Span sentence) {
        boolean[] mask = new boolean[sentence.length()];
        boolean straight = false;
        int curly = 0;
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char ch = text.charAt(i);
            if (ch == '“') {
                curly++;
            } else if (ch == '”') {
                curly = Math.max(0, curly - 1);
            } else if (ch == '"') {
                straight = !straight;
            }
            mask[i - sentence.start()] = curly > 0 || straight;
        }
        return mask;
    }
}
