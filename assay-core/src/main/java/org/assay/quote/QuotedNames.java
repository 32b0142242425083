package org.assay.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.assay.nlp.Annotated;
import org.assay.nlp.Token;

/**
 * Quotation marks around a name rather than around words someone said: the title of a programme, book, film or song
 * ({@code told NBC’s “Today”}, {@code her memoir, “Tough Choices.”}), or a name used as a modifier
 * ({@code a “Make America Great Again” hat}), and attribute values of markup left in the text
 * ({@code <tweet date="March 9, 2016">}), a nickname inside a name ({@code Robert C. “Bobby” Scott}), and a name
 * listed after one of these ({@code on “The View” and “Face the Nation”}). Such stretches are not statements and are
 * not reported.
 *
 * <p>A stretch counts as a name only when it is written like one (a capital on every word but short function words,
 * at most {@value #MAX_WORDS} words, no closing {@code !} or {@code ?}) and its context says so: a possessive or a
 * naming word just before it, or a common noun just after it. A capitalised sentence someone said has no such
 * context ({@code she said, “Today We Vote”} is kept). Stateless.
 */
final class QuotedNames {

    private static final int MAX_WORDS = 8;
    private static final Pattern NAME_WORD_BEFORE = Pattern.compile("(?<![\\p{L}.])\\p{Lu}[\\p{L}'’-]*\\.? $");
    private static final Pattern NAME_WORD_AFTER = Pattern.compile(" \\p{Lu}\\p{Ll}+");
    private static final Pattern LIST_JOIN = Pattern.compile("\\s*(,|,?\\s*(and|or))\\s*");
    private static final int CONTEXT_WORDS = 3;
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "nor", "but", "in", "on",
            "at", "to", "for", "with", "by", "from", "as", "vs.", "&");
    /** Words that name a work or a thing just before its title: "the podcast “…”", "appeared on “…”". */
    private static final Set<String> NAMING_WORDS = Set.of("show", "program", "programme", "podcast", "series",
            "movie", "film", "documentary", "play", "musical", "book", "memoir", "novel", "essay", "column", "op-ed",
            "song", "songs", "hits", "album", "ad", "spot", "video", "website", "blog", "newsletter", "magazine",
            "titled", "entitled", "named", "pseudonym", "on", "in", "appear", "appeared", "appears", "appearance",
            "aired", "airing", "hosts", "hosted", "host", "interview", "told", "known", "broadcast", "episode", "edition",
            "commentary", "article", "headline", "headlined");

    private QuotedNames() {
    }

    /** The quotations that are not names. */
    static List<Quotation> outside(Annotated doc, List<Quotation> quotations) {
        String text = doc.text();
        List<Quotation> kept = new ArrayList<>();
        Quotation lastName = null;
        for (Quotation q : quotations) {
            String inner = text.substring(q.textStart(), q.textEnd());
            boolean name = insideMarkup(text, q.open()) || writtenAsName(inner) && (afterPossessive(text, q.open())
                    || namingWordBefore(text, q.open()) || nounAfter(doc, q) || nickname(text, q, inner)
                    || lastName != null && listedAfter(text, lastName, q));
            if (name) {
                lastName = q;
            } else {
                kept.add(q);
            }
        }
        return kept;
    }

    /** A nickname inside a person's name: {@code Robert C. “Bobby” Scott}, one or two words between name words. */
    private static boolean nickname(String text, Quotation q, String inner) {
        return q.closed() && inner.strip().split("\\s+").length <= 2 && NAME_WORD_BEFORE.matcher(text.substring(
                Math.max(0, q.open() - 20), q.open())).find() && NAME_WORD_AFTER.matcher(text.substring(q.after(),
                Math.min(text.length(), q.after() + 20))).lookingAt();
    }

    /** {@code q} follows the name {@code name} in a list: {@code on “The View” and “Face the Nation”}. */
    private static boolean listedAfter(String text, Quotation name, Quotation q) {
        return name.closed() && LIST_JOIN.matcher(text.substring(name.after(), q.open())).matches();
    }

    /** An attribute value: the mark stands inside {@code <…>} on its line. */
    private static boolean insideMarkup(String text, int open) {
        int lt = text.lastIndexOf('<', open);
        int gt = text.lastIndexOf('>', open);
        int nl = text.lastIndexOf('\n', open);
        return lt > gt && lt > nl && text.indexOf('>', open) > open && text.charAt(open - 1) == '=';
    }

    static boolean writtenAsName(String inner) {
        String s = inner.strip().replaceAll("[,.;:]+$", "");
        if (s.isEmpty() || s.endsWith("!") || s.endsWith("?")) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length > MAX_WORDS || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            int first = firstLetter(w);
            if (first >= 0 && !Character.isUpperCase(w.charAt(first)) && !Character.isDigit(w.charAt(0))
                    && !SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static int firstLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean afterPossessive(String text, int open) {
        String before = text.substring(Math.max(0, open - 4), open).stripTrailing();
        return before.endsWith("’s") || before.endsWith("'s") || before.endsWith("s’") || before.endsWith("s'");
    }

    /** A naming word among the last few words before the mark, in the same sentence ("on", "in": right before). */
    private static boolean namingWordBefore(String text, int open) {
        int from = open;
        while (from > 0 && ".!?:;\n".indexOf(text.charAt(from - 1)) < 0 && open - from < 80) {
            from--;
        }
        String[] words = text.substring(from, open).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+");
        for (int i = words.length - 1, seen = 0; i >= 0 && seen < CONTEXT_WORDS; i--) {
            if (words[i].isEmpty()) {
                continue;
            }
            if (NAMING_WORDS.contains(words[i]) && (seen == 0 || !isPreposition(words[i]))) {
                return true;
            }
            seen++;
        }
        return false;
    }

    private static boolean isPreposition(String word) {
        return word.equals("on") || word.equals("in");
    }

    /** A common noun right after the closing mark: the stretch modifies it ("“Bernie or Bust” crowd"). */
    private static boolean nounAfter(Annotated doc, Quotation q) {
        int k = doc.tokenAt(q.after());
        if (!q.closed() || k >= doc.tokens().size()) {
            return false;
        }
        Token t = doc.tokens().get(k);
        return doc.text().substring(q.after(), t.start()).isBlank() && (t.tag().equals("NN") || t.tag().equals("NNS"))
                && Character.isLowerCase(t.word().charAt(0));
    }
}
