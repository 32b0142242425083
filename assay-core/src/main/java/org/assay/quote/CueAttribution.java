package org.assay.quote;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.assay.nlp.Annotated;
import org.assay.nlp.Sentence;
import org.assay.nlp.Token;

/**
 * The shapes that tie one quotation to a cue in its own sentence, tried in order: a cue right after the closing mark
 * ({@code ," Smith said}, {@code ," said Smith}, {@code ," Smith, a senator, said}, {@code ," Smith Tweeted}, {@code ,"
 * the editorial read}); a colon introduction ({@code Shaw: "..."}, {@code Polls agree - Shaw: "..."}) or lead-in
 * ({@link LeadIn}: {@code Here's Shaw in 1992: "..."}); a possessive saying ({@code her remark that "..."}, {@link
 * PossessiveSaying}, or {@code Romney's "47 percent" comment}); the nearest cue before the opening mark, in its
 * sentence or in the previous one when that ends in a colon or in a cue with nothing reported ({@code Smith said in a
 * statement. "..."}), a verb of saying, a verb of finding right before the quotation ({@code the report found that
 * "..."}) or the idiom {@code as Smith put it, "..."} (the outer speaker when that cue is a verb of thinking or has no
 * named subject, and is either another entity or the same one reporting its own thought: "she added that she thinks");
 * a cue later in the sentence and paragraph; the clause a colon ends ({@code Politico lists a few facts: "..."}); and,
 * last, a person who is the subject of any verb before the quotation.
 *
 * <p>Stateless; the {@link SpeakerFinder} passed in carries the article's memory of speakers.
 */
final class CueAttribution {

    private static final int AFTER_WINDOW = 25;
    private static final Set<String> BYSTANDERS = Set.of("who", "which", "that", "them", "him", "her", "us", "me");

    private CueAttribution() {
    }

    static SpeakerFinder.Found attribute(Annotated doc, Quotation q, List<Quotation> all, SpeakerFinder finder) {
        return afterQuote(doc, q, all, finder)
                .or(() -> beforeQuote(doc, q, all, finder))
                .or(() -> laterInSentence(doc, q, all, finder))
                .or(() -> afterColon(doc, q, all, finder))
                .or(() -> subjectBefore(doc, q, all, finder))
                .orElse(null);
    }

    private static Optional<SpeakerFinder.Found> afterQuote(Annotated doc, Quotation q, List<Quotation> all,
                                                     SpeakerFinder finder) {
        if (!q.closed()) {
            return Optional.empty();
        }
        List<Token> tokens = doc.tokens();
        int openToken = doc.tokenAt(q.open());
        if (openToken > 0 && openToken < tokens.size() && CueReader.isNamingAfterNoun(tokens, openToken - 1)) {
            return Optional.empty(); // "in a box labeled “medical problem,” a doctor had typed": a name, not words said
        }
        int k = doc.tokenAt(q.after());
        int skipped = 0;
        while (k < tokens.size() && skipped < 2 && tokens.get(k).word().matches("[,—–:-]|--")) {
            k++;
            skipped++;
        }
        int limit = Math.min(tokens.size(), k + AFTER_WINDOW);
        if (k >= tokens.size() || insideQuotation(all, tokens.get(k).start()) || newParagraphBetween(doc, q.close(), tokens.get(k).start())) {
            return Optional.empty();
        }
        Token first = tokens.get(k);
        boolean spoken = endsLikeSpeech(doc.text(), q) && opensSentence(doc, q);
        int lastInside = doc.tokenAt(Math.max(q.textStart(), q.textEnd() - 1));
        if (!spoken && lastInside < tokens.size() && tokens.get(lastInside).sentence() != first.sentence()
                && Character.isUpperCase(first.word().charAt(0)) && !bareAttribution(doc, k)) {
            return Optional.empty();
        }
        if (isCueVerb(first) || first.word().equalsIgnoreCase("according") || spoken && isFiniteVerb(first)
                || first.word().equals("read")) {
            return finder.ofCue(k);
        }
        int end = NounPhrases.endRight(tokens, k, limit);
        if (end == k) {
            return Optional.empty();
        }
        if (end - 1 > k && (Cues.isCue(tokens.get(end - 1).word()) && !tokens.get(end - 1).isProperNoun()
                || capitalisedCue(tokens.get(end - 1)) || tokens.get(end - 1).word().equals("read"))) {
            return finder.ofCue(end - 1);
        }
        if (end < limit && tokens.get(end).word().equals(",")) {
            int close = end + 1;
            while (close < limit && !tokens.get(close).word().equals(",")) {
                int inner = ShortQuotation.endFrom(tokens, close, limit);
                if (inner == close && SpeakerFinder.isQuoteMark(tokens.get(close))) {
                    break;
                }
                close = Math.max(inner, close + 1);
            }
            if (close < limit && tokens.get(close).word().equals(",")) {
                end = close + 1;
            }
        }
        while (end < limit && NounPhrases.skippableBeforeCue(tokens.get(end))) {
            end++;
        }
        Token after = end < limit ? tokens.get(end) : null;
        if (after != null && (isCueVerb(after) || spoken && isFiniteVerb(after) || capitalisedCue(after)
                || after.word().equals("read"))) {
            return finder.ofCue(end);
        }
        return Optional.empty();
    }

    /**
     * A past-tense cue written with a capital inside a sentence and so tagged as a name ({@code ," Smith, a senator,
     * Tweeted}); "Said" stays a name.
     */
    private static boolean capitalisedCue(Token t) {
        String w = t.word();
        return Character.isUpperCase(w.charAt(0)) && w.length() > 3 && w.endsWith("ed") && Cues.isCue(w)
                && t.isProperNoun();
    }

    /**
     * A sentence of its own made of a name and a cue, right after a quotation ({@code ." Trump said.}): it attributes
     * the quotation even though the quotation ends like a sentence.
     */
    private static boolean bareAttribution(Annotated doc, int k) {
        List<Token> tokens = doc.tokens();
        int sentenceEnd = doc.sentences().get(tokens.get(k).sentence()).endToken();
        int cue = NounPhrases.endRight(tokens, k, sentenceEnd);
        return cue > k && cue + 2 == sentenceEnd && isCueVerb(tokens.get(cue))
                && tokens.get(cue + 1).word().equals(".");
    }

    /** A quotation whose last character inside the marks is a comma, question mark, exclamation mark or dash. */
    private static boolean endsLikeSpeech(String text, Quotation q) {
        int i = q.textEnd() - 1;
        while (i > q.textStart() && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= q.textStart() && ",?!—–-".indexOf(text.charAt(i)) >= 0;
    }

    /** True when nothing but white space or a colon stands between the sentence start and the opening mark. */
    private static boolean opensSentence(Annotated doc, Quotation q) {
        int openToken = doc.tokenAt(q.open());
        if (openToken >= doc.tokens().size()) {
            return false;
        }
        Sentence s = doc.sentences().get(doc.tokens().get(openToken).sentence());
        return openToken == s.firstToken() || doc.tokens().get(openToken - 1).word().equals(":");
    }

    /**
     * Where the phrase ending just before {@code colon} starts, no earlier than {@code floor} and cut after its last
     * dash ("Polls agree - Ann Lee:" gives "Ann Lee").
     */
    private static int phraseBeforeColon(List<Token> tokens, int colon, int floor) {
        int start = NounPhrases.startLeft(tokens, colon - 1, floor);
        for (int k = colon - 1; k >= start; k--) {
            if (ContentSpan.isDash(tokens, k)) {
                return k + 1;
            }
        }
        return start;
    }

    private static boolean isFiniteVerb(Token t) {
        return t.tag().equals("VBD") || t.tag().equals("VBZ");
    }

    /** "Shaw: \"...\"": a name, or a noun phrase, introducing the quotation with a colon and no verb. */
    private static Optional<SpeakerFinder.Found> colonIntroduction(Annotated doc, int openToken, SpeakerFinder finder) {
        List<Token> tokens = doc.tokens();
        int colon = openToken - 1;
        if (colon < 1 || !tokens.get(colon).word().equals(":")) {
            return Optional.empty();
        }
        int last = colon - 1;
        int floor = doc.sentences().get(tokens.get(last).sentence()).firstToken();
        int start = phraseBeforeColon(tokens, colon, floor);
        int lead = floor;
        while (lead < start && !Character.isLetterOrDigit(tokens.get(lead).word().charAt(0))) {
            lead++;
        }
        boolean afterDash = start > floor && ContentSpan.isDash(tokens, start - 1);
        if (start > last || lead != start && !afterDash) {
            return Optional.empty();
        }
        return finder.resolve(start, last + 1, colon, 0.8).filter(f -> f.speaker().entity() != null || afterDash);
    }

    private static Optional<SpeakerFinder.Found> beforeQuote(Annotated doc, Quotation q, List<Quotation> all,
                                                      SpeakerFinder finder) {
        List<Token> tokens = doc.tokens();
        int openToken = doc.tokenAt(q.open());
        if (openToken >= tokens.size()) {
            return Optional.empty();
        }
        Sentence s = doc.sentences().get(tokens.get(openToken).sentence());
        int floor = s.firstToken();
        if (openToken == floor && s.index() > 0) {
            Sentence previous = doc.sentences().get(s.index() - 1);
            if (tokens.get(previous.endToken() - 1).word().equals(":")
                    || endsWithBareCue(doc, previous) && !newParagraphBetween(doc, tokens.get(previous.endToken() - 1)
                    .end(), q.open())) {
                floor = previous.firstToken();
            }
        }
        Optional<SpeakerFinder.Found> colon = colonIntroduction(doc, openToken, finder)
                .or(() -> LeadIn.speaker(doc, openToken, finder));
        if (colon.isPresent()) {
            return colon;
        }
        Optional<SpeakerFinder.Found> saying = PossessiveSaying.before(doc, openToken, finder);
        if (saying.isPresent()) {
            return saying;
        }
        if (openToken >= 2 && tokens.get(openToken - 1).word().matches("['’]s?") && q.closed()
                && doc.tokenAt(q.after()) < tokens.size()
                && PossessiveSaying.isSayingNoun(tokens.get(doc.tokenAt(q.after())).word())) {
            Optional<SpeakerFinder.Found> owner = finder.resolve(openToken - 2, openToken - 1, openToken - 1, 0.75);
            if (owner.isPresent() && owner.get().speaker().entity() != null) {
                return owner;
            }
        }
        for (int k = openToken - 1; k >= floor; k--) {
            Token t = tokens.get(k);
            if (insideQuotation(all, t.start())) {
                continue;
            }
            boolean introduces = t.isVerb() && !t.tag().equals("VBN") && k + 2 == openToken
                    && tokens.get(k + 1).word().equals(":");
            boolean infinitive = k > floor && tokens.get(k - 1).word().equals("to") && Cues.isCue(t.word())
                    && t.tag().equals("NN");
            boolean putIt = t.word().equalsIgnoreCase("put") && k + 1 < openToken
                    && tokens.get(k + 1).word().equalsIgnoreCase("it");
            boolean finding = ContentSpan.isFinite(t.tag()) && Cues.takesFollowingClause(t.word())
                    && (k + 1 == openToken || k + 2 == openToken && tokens.get(k + 1).word().equalsIgnoreCase("that"));
            if (isCueVerb(t) || introduces || infinitive || putIt || finding
                    || t.word().equalsIgnoreCase("according")) {
                Optional<SpeakerFinder.Found> f = finder.ofCue(k);
                if (f.isPresent() && (Cues.isCognition(t.word()) || f.get().speaker().entity() == null)) {
                    boolean bystander = Cues.isCognition(t.word()) && isBystander(doc, f.get());
                    Optional<SpeakerFinder.Found> outer = outerSpeaker(doc, k - 1, floor, all, finder, bystander);
                    if (outer.isPresent() && (bystander && f.get().speaker().entity() == null
                            || !Objects.equals(outer.get().speaker().entity(),
                            f.get().speaker().entity()) || ReportingClause.complementOf(doc, outer.get(), f.get()))) {
                        return outer;
                    }
                }
                if (f.isPresent()) {
                    Optional<SpeakerFinder.Found> governing = ReportingClause.governing(doc, f.get(), floor, finder);
                    return governing.or(() -> f)
                            .map(x -> new SpeakerFinder.Found(x.speaker(), x.cueToken(), x.confidence() - 0.05));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A sentence that ends with a cue and no words reported by it ({@code Smith said in a statement.},
     * {@code she told reporters on Monday.}): the quotation opening the next sentence is what was said.
     */
    private static boolean endsWithBareCue(Annotated doc, Sentence s) {
        List<Token> tokens = doc.tokens();
        int k = s.endToken() - 1;
        if (k <= s.firstToken() || !tokens.get(k).word().equals(".")) {
            return false;
        }
        for (k--; k > s.firstToken(); k--) {
            Token t = tokens.get(k);
            if (isCueVerb(t) && !Cues.isCognition(t.word()) && !t.tag().equals("VBN")) {
                return true;
            }
            boolean filler = t.tag().startsWith("NN") || t.tag().equals("DT") || t.tag().equals("JJ")
                    || t.tag().equals("CD") || t.tag().equals("PRP$") || t.tag().equals("TO")
                    || t.tag().equals("IN") && !t.word().equalsIgnoreCase("that") || t.tag().equals("POS")
                    || t.tag().equals("PRP") && t.word().matches("(?i)me|him|her|us|them|reporters");
            if (!filler) {
                return false;
            }
        }
        return false;
    }

    /**
     * A quotation right after a colon that no cue reached: it belongs to the subject of the clause the colon ends
     * ({@code Politico lists a few facts: "..."}), or to a person named just before the colon
     * ({@code The result does not surprise pollster Ann Lee: "..."}) or standing after a dash
     * ({@code Turnout matters - Ann Lee: "..."}). The colon and the quotation share a line.
     */
    private static Optional<SpeakerFinder.Found> afterColon(Annotated doc, Quotation q, List<Quotation> all,
                                                            SpeakerFinder finder) {
        List<Token> tokens = doc.tokens();
        int openToken = doc.tokenAt(q.open());
        if (openToken < 2 || openToken >= tokens.size() || !tokens.get(openToken - 1).word().equals(":")
                || !doc.text().substring(tokens.get(openToken - 1).end(), q.open()).matches("[ \t]*")) {
            return Optional.empty();
        }
        int colon = openToken - 1;
        int floor = doc.sentences().get(tokens.get(colon).sentence()).firstToken();
        int start = phraseBeforeColon(tokens, colon, floor);
        if (start < colon) {
            boolean afterDash = start > floor && ContentSpan.isDash(tokens, start - 1);
            Optional<SpeakerFinder.Found> named = finder.resolve(start, colon, colon, 0.7)
                    .filter(f -> afterDash || finder.isPerson(f) && f.speaker().entity() != null);
            if (named.isPresent()) {
                return named;
            }
        }
        for (int k = floor; k < colon; k++) {
            Token t = tokens.get(k);
            boolean mistagged = t.tag().equals("VBN") && k > floor && !tokens.get(k - 1).isVerb()
                    && !tokens.get(k - 1).tag().equals("MD");
            if (!insideQuotation(all, t.start()) && (isFiniteVerb(t) || t.tag().equals("VBP") || mistagged)) {
                return finder.ofCue(k).map(f -> new SpeakerFinder.Found(f.speaker(), f.cueToken(), f.confidence() - 0.2));
            }
        }
        return Optional.empty();
    }

    /** Last resort: a person who is the subject of any verb before the quotation in its sentence. */
    private static Optional<SpeakerFinder.Found> subjectBefore(Annotated doc, Quotation q, List<Quotation> all,
                                                        SpeakerFinder finder) {
        List<Token> tokens = doc.tokens();
        int openToken = doc.tokenAt(q.open());
        if (openToken >= tokens.size()) {
            return Optional.empty();
        }
        int floor = doc.sentences().get(tokens.get(openToken).sentence()).firstToken();
        for (int k = openToken - 1; k >= floor; k--) {
            Token t = tokens.get(k);
            if (!insideQuotation(all, t.start()) && isFiniteVerb(t) || t.tag().equals("VBP")) {
                Optional<SpeakerFinder.Found> f = finder.ofCue(k).filter(finder::isPerson);
                if (f.isPresent()) {
                    return f.map(x -> new SpeakerFinder.Found(x.speaker(), x.cueToken(), x.confidence() - 0.25));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A speech cue before {@code from} whose speaker is a named entity, or with {@code anyPhrase} any speaker that is
     * not a pronoun.
     */
    private static Optional<SpeakerFinder.Found> outerSpeaker(Annotated doc, int from, int floor, List<Quotation> all,
                                                       SpeakerFinder finder, boolean anyPhrase) {
        for (int k = from; k >= floor; k--) {
            Token t = doc.tokens().get(k);
            if (!insideQuotation(all, t.start()) && isCueVerb(t) && !Cues.isCognition(t.word())) {
                Optional<SpeakerFinder.Found> f = finder.ofCue(k);
                if (f.isPresent() && (f.get().speaker().entity() != null
                        || anyPhrase && f.get().speaker().mention().length() > 4)) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A thinker who is no sayer: a relative pronoun ("people who feel that way") or an object pronoun ("let them
     * know that"), whose thought the outer speaker reports.
     */
    private static boolean isBystander(Annotated doc, SpeakerFinder.Found f) {
        String w = f.speaker().mention().of(doc.text()).toLowerCase(Locale.ROOT);
        return BYSTANDERS.contains(w);
    }

    private static Optional<SpeakerFinder.Found> laterInSentence(Annotated doc, Quotation q, List<Quotation> all,
                                                          SpeakerFinder finder) {
        if (!q.closed()) {
            return Optional.empty();
        }
        List<Token> tokens = doc.tokens();
        int k = doc.tokenAt(q.after());
        if (k >= tokens.size()) {
            return Optional.empty();
        }
        Sentence s = doc.sentences().get(tokens.get(Math.max(0, k - 1)).sentence());
        for (; k < s.endToken(); k++) {
            Token t = tokens.get(k);
            if (insideQuotation(all, t.start()) || newParagraphBetween(doc, q.close(), t.start())) {
                return Optional.empty();
            }
            if (isCueVerb(t) && !Cues.isCognition(t.word())) {
                boolean clauseFinal = k + 1 >= s.endToken() || tokens.get(k + 1).word().matches("[.;]")
                        || k > 0 && tokens.get(k - 1).tag().startsWith("NN")
                        && NounPhrases.startLeft(tokens, k - 1, s.firstToken()) > s.firstToken()
                        && tokens.get(NounPhrases.startLeft(tokens, k - 1, s.firstToken()) - 1).word().equals(",");
                return finder.ofCue(k).filter(f -> clauseFinal || isPersonLike(f))
                        .map(f -> new SpeakerFinder.Found(f.speaker(), f.cueToken(), f.confidence() * 0.8));
            }
        }
        return Optional.empty();
    }

    /** A speaker that is a person entity or a pronoun, not a place or an organisation. */
    private static boolean isPersonLike(SpeakerFinder.Found f) {
        Speaker s = f.speaker();
        return s.entity() == null ? s.mention().length() <= 4 && !SpeakerFinder.isGroupWord(s.name())
                : f.confidence() >= 0.6 && s.name().contains(" ");
    }

    private static boolean isCueVerb(Token t) {
        // "say" is sometimes tagged as a noun ("they say")
        return Cues.isCue(t.word(), t.tag()) && (t.isVerb() || t.tag().equals("NN") && t.word().equalsIgnoreCase("say"));
    }

    private static boolean insideQuotation(List<Quotation> all, int offset) {
        int lo = 0;
        int hi = all.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Quotation q = all.get(mid);
            if (offset < q.open()) {
                hi = mid - 1;
            } else if (offset >= q.after()) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean newParagraphBetween(Annotated doc, int from, int to) {
        return from < to && doc.text().substring(from, to).contains("\n");
    }
}
