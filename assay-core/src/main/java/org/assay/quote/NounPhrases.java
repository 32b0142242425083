package org.assay.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assay.nlp.Token;

/**
 * Finds the noun phrase next to a reporting cue from part-of-speech tags alone: a cheap chunker good enough for the
 * subjects news prose gives its cues ("Kremlin spokesman Dmitry Peskov", "a spokesman for the company", "experts and
 * officials", "he"). Stateless and thread-safe.
 */
final class NounPhrases {

    private static final Set<String> NP_TAGS = Set.of(
            "NNP", "NNPS", "NN", "NNS", "PRP", "DT", "JJ", "JJR", "JJS", "CD", "POS", "PRP$", "HYPH", "NFP");

    private static final Set<String> LINKS = Set.of("of", "for", "at", "with", "and", "&", "from", "on");

    private static final Set<String> TIME = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "tonight", "morning", "afternoon", "evening", "night", "week", "month", "year", "last", "earlier",
            "later", "recently", "weekend", "day", "this", "next", "previously", "once", "again", "also", "then");

    private static final Set<String> SKIP_BEFORE_CUE = Set.of(
            "has", "have", "had", "would", "will", "was", "were", "is", "are", "also", "then", "later", "reportedly",
            "previously", "once", "recently", "further", "again", "repeatedly", "publicly", "privately", "flatly",
            "quickly", "simply", "often", "frequently", "never", "always", "did", "does", "do", "may",
            "might", "could", "should", "can", "'d", "’d", "'s", "’s", "been", "not", "n't", "n’t", "even",
            "ultimately", "finally", "first", "initially", "immediately", "famously", "pointedly", "angrily",
            "bluntly", "curtly", "candidly", "openly", "subsequently", "still", "just");

    /** Words that make a share of a group ("half", "a third", "a majority") when they head a phrase. */
    private static final Set<String> SHARES = Set.of(
            "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority", "minority", "plurality");
    private static final Set<String> HEDGES = Set.of(
            "about", "nearly", "almost", "roughly", "around", "approximately", "over", "under", "just", "only");

    private NounPhrases() {
    }

    /**
     * The start of a share of a group that begins at {@code start}, widened left over its ratio and hedge ("four in
     * 10", "three out of four", "more than half", "nearly a third"); {@code start} itself when the phrase there is
     * not a share, and never before {@code floor}.
     */
    static int shareStart(List<Token> tokens, int start, int floor) {
        int i = start;
        String head = tokens.get(i).word().toLowerCase(Locale.ROOT);
        if (head.equals("a") && i + 1 < tokens.size()) {
            head = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
        }
        boolean number = tokens.get(i).tag().equals("CD");
        if (!number && !SHARES.contains(head)) {
            return start;
        }
        if (number && i - 2 >= floor && tokens.get(i - 2).tag().equals("CD")
                && tokens.get(i - 1).word().matches("(?i)in|of")) {
            i -= 2;
        } else if (number && i - 3 >= floor && tokens.get(i - 1).word().equalsIgnoreCase("of")
                && tokens.get(i - 2).word().equalsIgnoreCase("out") && tokens.get(i - 3).tag().equals("CD")) {
            i -= 3;
        }
        if (i - 2 >= floor && tokens.get(i - 1).word().equalsIgnoreCase("than")
                && tokens.get(i - 2).word().matches("(?i)more|less|fewer")) {
            i -= 2;
        } else if (i - 1 >= floor && HEDGES.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
            i--;
        }
        return i;
    }

    /** True for words that may stand between a subject and its cue ("has", "also", "reportedly"). */
    static boolean skippableBeforeCue(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return SKIP_BEFORE_CUE.contains(w) || t.tag().equals("RB") && !w.equals("so") && !w.equals("as");
    }

    static boolean isTimeWord(Token t) {
        return isTimeWord(t.word());
    }

    static boolean isTimeWord(String word) {
        return TIME.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A participle used as a modifier before a noun ("retired neurosurgeon", "leading candidate"). */
    private static boolean modifier(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return (t.tag().equals("VBN") || t.tag().equals("VBG")) && i + 1 < tokens.size()
                && tokens.get(i + 1).tag().startsWith("NN");
    }

    private static boolean npToken(Token t) {
        String w = t.word();
        if (w.equals("’s") || w.equals("'s") || w.equals("’") || w.equals("'")) {
            return true;
        }
        if (w.equalsIgnoreCase("that") || w.equalsIgnoreCase("which") || w.equalsIgnoreCase("who")) {
            return false;
        }
        return NP_TAGS.contains(t.tag()) || t.tag().equals("VBN") && Character.isUpperCase(w.charAt(0));
    }

    /**
     * The first token of the noun phrase ending at {@code last} (inclusive), not before {@code floor}; returns
     * {@code last + 1} when there is none.
     */
    static int startLeft(List<Token> tokens, int last, int floor) {
        int i = last;
        while (i >= floor) {
            Token t = tokens.get(i);
            if (t.word().equals(")") || t.word().equals("-RRB-")) {
                int open = i - 1;
                while (open >= floor && open >= i - 8 && !tokens.get(open).word().equals("(")
                        && !tokens.get(open).word().equals("-LRB-")) {
                    open--;
                }
                if (open >= floor && open >= i - 8 && open > floor && npToken(tokens.get(open - 1))) {
                    i = open - 1;
                    continue;
                }
                break;
            }
            if (npToken(t) || i < last && modifier(tokens, i)) {
                i--;
                continue;
            }
            boolean link = LINKS.contains(t.word().toLowerCase(Locale.ROOT))
                    || t.word().equals("by") && i > 0 && IssuedDocument.isDocument(tokens.get(i - 1).word());
            if (link && i - 1 >= floor && npToken(tokens.get(i - 1))
                    && !tokens.get(i - 1).tag().equals("DT") && i < last) {
                i--;
                continue;
            }
            break;
        }
        int start = i + 1;
        while (start <= last && LINKS.contains(tokens.get(start).word().toLowerCase(Locale.ROOT))) {
            start++;
        }
        return start;
    }

    /** The end (exclusive) of the noun phrase starting at {@code first}, not past {@code ceiling} (exclusive). */
    static int endRight(List<Token> tokens, int first, int ceiling) {
        int i = first;
        while (i < ceiling) {
            Token t = tokens.get(i);
            if (i > first && (t.word().equals("(") || t.word().equals("-LRB-"))) {
                int after = afterParenthesis(tokens, i, ceiling, 8);
                if (after < 0) {
                    break;
                }
                i = after;
                continue;
            }
            if (npToken(t) || modifier(tokens, i)) {
                i++;
                continue;
            }
            if (i > first && insideName(tokens, i, ceiling)) {
                i++;
                continue;
            }
            int nickname = nicknameEnd(tokens, i, ceiling);
            if (i > first && nickname > i) {
                i = nickname;
                continue;
            }
            if (LINKS.contains(t.word().toLowerCase(Locale.ROOT)) && i > first && i + 1 < ceiling
                    && npToken(tokens.get(i + 1)) && !isTimeWord(tokens.get(i + 1))) {
                i++;
                continue;
            }
            break;
        }
        while (i > first && (LINKS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))
                || tokens.get(i - 1).tag().equals("DT"))) {
            i--;
        }
        return i;
    }

    /**
     * The token after the ")" closing the parenthesis opened at token {@code open}, at most {@code reach} tokens on
     * and before {@code ceiling} ("Sen. Ann Lee (D-Vt.) said"); -1 when it does not close there.
     */
    static int afterParenthesis(List<Token> tokens, int open, int ceiling, int reach) {
        for (int close = open + 1; close < ceiling && close <= open + reach; close++) {
            String w = tokens.get(close).word();
            if (w.equals(")") || w.equals("-RRB-")) {
                return close + 1;
            }
        }
        return -1;
    }

    /**
     * A symbol the tokenizer cut out of a name's word, with no space on either side ("FranÃÂ§ois", a name whose
     * encoding was mangled): part of the name.
     */
    private static boolean insideName(List<Token> tokens, int i, int ceiling) {
        Token t = tokens.get(i);
        Token before = tokens.get(i - 1);
        return t.tag().equals("SYM") && i + 1 < ceiling && before.isProperNoun() && before.end() == t.start()
                && tokens.get(i + 1).start() == t.end() && Character.isLetter(tokens.get(i + 1).word().charAt(0));
    }

    /**
     * Where a quoted nickname inside a name ends ({@code Marcia "Cia" Price}): at {@code i} a quotation mark after a
     * name, one or two names, the closing mark and a name; else {@code i}.
     */
    private static int nicknameEnd(List<Token> tokens, int i, int ceiling) {
        int end = i > 0 && tokens.get(i - 1).isProperNoun() ? ShortQuotation.endFrom(tokens, i, ceiling) : i;
        if (end == i || end - i > 4 || end >= ceiling || !Character.isUpperCase(tokens.get(end).word().charAt(0))) {
            return i;
        }
        for (int k = i + 1; k < end - 1; k++) {
            if (!tokens.get(k).isProperNoun()) {
                return i;
            }
        }
        return end;
    }

    /** True when the phrase [from, to) is made of time words only ("Monday", "last week"). */
    static boolean onlyTime(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isTimeWord(tokens.get(i)) && !tokens.get(i).tag().equals("DT") && !tokens.get(i).tag().equals("CD")) {
                return false;
            }
        }
        return true;
    }
}
