package org.assay.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assay.nlp.Annotated;
import org.assay.nlp.Token;

/**
 * Where a stretch of reported content starts and ends, for {@link IndirectSpeech}. The content stops at an opening
 * quotation mark, a semicolon or a bracket; before a parenthetical cue (", he said,") or "according to"; before a
 * participle clause after a comma (", adding that ..."); and, once it has a verb, before another clause: a dash (not
 * a hyphen inside a word), a clause link after a comma (", while ...", ", which ...") or "and"/"but" before a new
 * verb or clause. Stateless.
 */
final class ContentSpan {

    private static final int MIN_TOKENS = 3;
    private static final int MIN_CUT_TOKENS = 5;
    private static final int MAX_LOOKAHEAD_FOR_VERB = 24;
    /** Words that open a clause of the reporter's own after a comma. */
    private static final Set<String> CLAUSE_LINKS = Set.of(
            "while", "whereas", "though", "although", "however", "compared", "even", "despite", "which", "who", "where");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Verbs whose object runs on through "as" ("described the device as a laptop", "sees Cruz as a uniter"). */
    private static boolean takesAs(Token cue) {
        return cue.word().toLowerCase(Locale.ROOT).matches(
                "describ.*|depict.*|portray.*|characteri[sz].*|dismiss.*|brand.*|label.*|regard.*|view.*|sees?|saw|cast");
    }

    /** Words that end an object content: a clause of the writer's starts ("as", "when", "because" …). */
    private static final Set<String> OBJECT_ENDS = Set.of("as", "when", "because", "after", "before", "if", "since",
            "until", "while", "where", "although", "though", "despite", "whereas");
    private static final Set<String> DASHES = Set.of("—", "–", "-", "--");

    private ContentSpan() {
    }

    /** A finite verb or modal tag: VBD, VBZ, VBP, MD. */
    static boolean isFinite(String tag) {
        return FINITE.contains(tag);
    }

    /**
     * Whether a clause starts at token {@code k}: a subject (a noun phrase, a pronoun or a gerund: "expanding the
     * monument will …"), then a finite verb within {@value #MAX_LOOKAHEAD_FOR_VERB} tokens, no comma between.
     */
    static boolean startsClause(List<Token> tokens, int k, int end) {
        k = afterHedge(tokens, k, end);
        if (k + 1 < end && tokens.get(k).tag().equals("RB")
                && (tokens.get(k + 1).tag().startsWith("JJ") || tokens.get(k + 1).tag().equals("CD"))) {
            k++; // "too many departments had …", "nearly 40 people were …"
        }
        if (k >= end) {
            return false;
        }
        String tag = tokens.get(k).tag();
        if (!(tag.startsWith("NN") || tag.equals("PRP") || tag.equals("DT") || tag.equals("EX") || tag.equals("CD")
                || tag.equals("JJ") || tag.equals("PRP$") || tag.equals("VBG"))) {
            return false;
        }
        for (int j = k + 1; j < end && j <= k + MAX_LOOKAHEAD_FOR_VERB; j++) {
            Token t = tokens.get(j);
            if (t.word().equals(",") || t.word().equals(".") || SpeakerFinder.isQuoteMark(t)) {
                return false;
            }
            if (t.tag().equals("MD") || t.tag().equals("VBD") || t.tag().equals("VBZ") || t.tag().equals("VBP")) {
                return !tokens.get(j - 1).tag().equals("CC");
            }
        }
        return false;
    }

    /**
     * The token after a hedge on a quantity that opens a clause ("about half of …", "more than 4 in 10 …", "nearly
     * all …"), or {@code k} when there is none.
     */
    private static int afterHedge(List<Token> tokens, int k, int end) {
        int j = k;
        if (j + 1 < end && tokens.get(j).word().matches("(?i)more|less|fewer") && tokens.get(j + 1).word().equals("than")) {
            j += 2;
        } else if (j < end && tokens.get(j).word().matches("(?i)about|nearly|almost|roughly|around|approximately")) {
            j++;
        }
        return j > k && j < end && (tokens.get(j).tag().equals("CD") || tokens.get(j).word().matches("(?i)half|all"))
                ? j : k;
    }

    /**
     * The content of cue token {@code cue} over tokens [from, to), cut as the class says; null
     * when what is left is too short or has no verb.
     */
    static IndirectSpeech.Content of(Annotated doc, int cue, int from, int to, boolean[] quoted) {
        return cut(doc, cue, from, to, quoted, false);
    }

    /**
     * The content of a cue whose content is its object, a noun phrase ("criticised <i>the plan</i>"): cut as a
     * clause is, with no verb of its own needed; null when nothing is left.
     */
    static IndirectSpeech.Content object(Annotated doc, int cue, int from, int to, boolean[] quoted) {
        return cut(doc, cue, from, to, quoted, true);
    }

    private static IndirectSpeech.Content cut(Annotated doc, int cue, int from, int to, boolean[] quoted,
            boolean object) {
        List<Token> tokens = doc.tokens();
        int end = from;
        boolean verb = object;
        int least = object ? 1 : MIN_TOKENS; // the words a content has before a clause after it may end it
        boolean reporting = false;
        boolean cut = false;
        while (end < to) {
            Token t = tokens.get(end);
            boolean open = end == from ? object
                    : end - from >= 2 && (leavesOpen(tokens.get(end - 1)) || tokens.get(end - 1).tag().equals("JJ"));
            int past = open ? pastFragment(tokens, end, to, quoted) : -1;
            if (past < 0 && end - from >= 2 && isDash(tokens, end) && end + 1 < to) {
                past = pastFragment(tokens, end + 1, to, quoted); // "… his golden rule - "with a margin to spare""
                past = past > 0 && endsClause(tokens, past, to) ? past : -1;
            }
            if (past > end) {
                // a quoted fragment inside the reported clause ("the deal was "a disaster""): part of its content
                verb |= anyVerb(tokens, end, past);
                end = past;
                continue;
            }
            if (quoted[end] || SpeakerFinder.isQuoteMark(t) || t.word().equals(";") || t.word().equals("(")) {
                cut = true;
                break;
            }
            if (object && end > from && (t.word().equals(",") || OBJECT_ENDS.contains(t.word().toLowerCase(Locale.ROOT))
                    && !(t.word().equalsIgnoreCase("as") && takesAs(tokens.get(cue))))) {
                break; // "endorsed Sanders in the primary, launched …", "talked over them as they answered …"
            }
            if (t.word().equals(",") && parentheticalCueAt(tokens, end + 1, to)) {
                break;
            }
            if (t.word().equals(",") && end + 2 < to && tokens.get(end + 1).word().equals("according")) {
                break;
            }
            if (t.word().equals(",") && end + 1 < to && tokens.get(end + 1).tag().equals("VBG")
                    && end - from >= least) {
                break;
            }
            if (verb && end - from >= least && newClauseAt(tokens, end, to, reporting)) {
                break;
            }
            verb |= verbal(t);
            if (isFinite(t.tag())) {
                reporting = Cues.isCue(t.word());
            }
            end++;
        }
        while (end > from && tokens.get(end - 1).word().matches("[.,:;!?—–-]|--")) {
            end--;
        }
        if (end - from < (object ? 1 : cut ? MIN_CUT_TOKENS : MIN_TOKENS) || !verb) {
            return null;
        }
        return new IndirectSpeech.Content(cue, tokens.get(from).start(), tokens.get(end - 1).end());
    }

    /** A verb or a modal: what content needs to be a clause. */
    private static boolean verbal(Token t) {
        return t.isVerb() || t.tag().equals("MD");
    }

    private static boolean anyVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (verbal(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Forms of "be": "the plans were "in the early stages"" is not a clause before its quoted words. */
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "’s");

    /**
     * Whether a clause cannot end at token {@code t}, so quoted words after it belong to it: after a determiner,
     * preposition, conjunction, "to", a form of "be" or a dash ("in the "very early stages"", "not globalisation but
     * "the terms""); after a noun or another verb the clause is whole and the quotation stands apart ("would lead to
     * a truce "in the weeks to come"").
     */
    private static boolean leavesOpen(Token t) {
        String tag = t.tag();
        return tag.equals("DT") || tag.equals("IN") || tag.equals("CC") || tag.equals("TO") || tag.equals("PRP$")
                || BE.contains(t.word().toLowerCase(Locale.ROOT)) || DASHES.contains(t.word()) || t.word().equals(":");
    }

    /** The longest quoted fragment a reported clause carries within it, in tokens. */
    private static final int MAX_FRAGMENT = 12;

    /**
     * The token after the closing mark of a short quoted fragment whose opening mark is token {@code k}, or -1 when
     * none opens there (or it runs longer than {@link #MAX_FRAGMENT} tokens, a quotation of its own).
     */
    private static int pastFragment(List<Token> tokens, int k, int to, boolean[] quoted) {
        if (!quoted[k] || !SpeakerFinder.isQuoteMark(tokens.get(k)) || k + 2 >= to || !quoted[k + 1]) {
            return -1;
        }
        int r = k + 1; // quoted[] marks the quotation's tokens, its marks included
        while (r < to && quoted[r] && !SpeakerFinder.isQuoteMark(tokens.get(r))) {
            r++;
        }
        if (r >= to || r == k + 1 || !quoted[r] || r - k - 1 > MAX_FRAGMENT && !endsClause(tokens, r + 1, to)) {
            return -1;
        }
        return r + 1;
    }

    /** The words after a quotation that still belong to its clause: a few, with no verb and no comma ("by Labour"). */
    private static final int MAX_TAIL = 4;

    /**
     * Whether the clause ends at token {@code k} or after a short tail with no verb or comma: a quotation that closes
     * there, however long, finishes the reported clause rather than standing apart as a quotation of its own.
     */
    private static boolean endsClause(List<Token> tokens, int k, int to) {
        int words = 0;
        for (int j = k; j < to; j++) {
            Token t = tokens.get(j);
            if (t.word().matches("[.!?]")) {
                return true;
            }
            if (t.word().equals(",") || t.word().equals(";") || verbal(t) || ++words > MAX_TAIL) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where content that already has its verb gives way to another clause: a dash, a comma before a clause link
     * (", while …", ", which …", ", compared with …"), or "and"/"but" before a new verb (", but insists …") or a new
     * clause (", and more than half said …"; without the comma only when the last finite verb does not itself report:
     * "the ferry lost money and the buses made a profit", but not "believes Russia and Ukraine could …").
     */
    private static boolean newClauseAt(List<Token> tokens, int k, int to, boolean reporting) {
        String w = tokens.get(k).word();
        if (DASHES.contains(w)) {
            return isDash(tokens, k);
        }
        boolean comma = w.equals(",");
        int next = comma ? k + 1 : k;
        if (next + 1 >= to) {
            return false;
        }
        String link = tokens.get(next).word().toLowerCase(Locale.ROOT);
        if (comma && CLAUSE_LINKS.contains(link)) {
            return true;
        }
        if (!link.equals("and") && !link.equals("but")) {
            return false;
        }
        if (isFinite(tokens.get(next + 1).tag())) {
            return !continuesVerbPhrase(tokens, next + 1, to);
        }
        if (link.equals("but") && continuesWithPronoun(tokens, next + 1, to)) {
            return false;
        }
        return (comma || !reporting) && startsClause(tokens, next + 1, to);
    }

    /** Auxiliaries and modals that carry a reported verb phrase on ("… and would hamper growth"). */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "would",
            "could", "should", "might", "will", "can", "may", "must");

    /**
     * Whether the verb phrase at {@code k}, after "and"/"but", goes on with the reported content: it opens with an
     * auxiliary, a modal or a present tense ("… was widespread and was being sent", "… but has yet to contact") and
     * no verb of saying follows within two words ("but has said …"). A plain past verb after "and" is the speaker's
     * next act ("said it was widespread and recommended …"), so it ends the content.
     */
    private static boolean continuesVerbPhrase(List<Token> tokens, int k, int to) {
        Token verb = tokens.get(k);
        boolean carries = AUXILIARIES.contains(verb.word().toLowerCase(Locale.ROOT))
                || verb.tag().equals("VBZ") || verb.tag().equals("VBP");
        if (!carries || Cues.anyCue(verb.word(), verb.tag())) {
            return false;
        }
        for (int j = k + 1; j < to && j <= k + 2; j++) {
            if (tokens.get(j).isVerb() && Cues.anyCue(tokens.get(j).word(), tokens.get(j).tag())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether "but" is followed by a clause whose subject is a pronoun or "there" and whose verb does not report
     * ("… was being evaluated, but it was an increasingly high priority"): the same speaker goes on. A named subject
     * ("but the police overruled it") or a new verb of saying ("but he said …") is a clause of its own.
     */
    private static boolean continuesWithPronoun(List<Token> tokens, int k, int to) {
        Token subject = tokens.get(k);
        if (!(subject.tag().equals("PRP") || subject.tag().equals("EX"))
                || subject.word().matches("(?i)i|we|you") || k + 1 >= to) {
            return false;
        }
        int v = k + 1;
        while (v < to && v <= k + 3 && tokens.get(v).tag().equals("RB")) {
            v++;
        }
        return v < to && isFinite(tokens.get(v).tag()) && continuesVerbPhrase(tokens, v, to)
                || v < to && tokens.get(v).tag().equals("VBD") && !Cues.anyCue(tokens.get(v).word(), "VBD");
    }

    /**
     * Whether token {@code k} is a dash that sets off a phrase: "—", "–", "--", or "-" unless written between two
     * words with no space ("third-largest", where it is part of a word).
     */
    static boolean isDash(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!DASHES.contains(t.word())) {
            return false;
        }
        return !(t.word().equals("-") && k > 0 && k + 1 < tokens.size()
                && tokens.get(k - 1).end() == t.start() && t.end() == tokens.get(k + 1).start());
    }

    /** ", he said," or ", Smith added": a short noun phrase and a cue right after a comma. */
    private static boolean parentheticalCueAt(List<Token> tokens, int k, int to) {
        int end = NounPhrases.endRight(tokens, k, Math.min(to, k + 6));
        return end > k && end < to && Cues.isCue(tokens.get(end).word()) && tokens.get(end).isVerb();
    }
}
