package org.assay.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.assay.entity.Entities;
import org.assay.nlp.Annotated;
import org.assay.nlp.Sentence;
import org.assay.nlp.Token;

/**
 * Finds quotes and reported speech and attributes each to a speaker.
 *
 * <p>Quotations come from {@link QuoteMarks}, reported speech from {@link IndirectSpeech}. Each quotation is
 * attributed, in text order, through the first shape that fits:
 * <ol>
 *   <li>a cue right after the closing mark: {@code ," Smith said}, {@code ," said Smith}, {@code ," he added},
 *       {@code ," Smith, a senator, said}, {@code ," Smith told Fox News};</li>
 *   <li>the nearest cue before the opening mark in the same sentence (or a colon introduction ending the sentence
 *       before): {@code Smith said the plan was "a disaster"}, {@code which he said "..."}, {@code Smith said:};
 *       when that cue is a verb of thinking inside someone's speech ("Peskov affirmed that the Kremlin believes
 *       ..."), the outer speaker;</li>
 *   <li>a cue later in the same sentence;</li>
 *   <li>another attributed quote in the same paragraph, or of the same quote running across paragraphs;</li>
 *   <li>for a paragraph that opens with a quotation and names no speaker, the last speaker of the previous
 *       paragraph.</li>
 * </ol>
 * A speaker stays {@code null} when none of these fits. Unattributed short labels (scare quotes, titles) are not
 * reported: they are the article's own words, not a statement it reports.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteExtractor {

    private static final int AFTER_WINDOW = 25;
    private static final double CARRIED = 0.7;
    private static final double PREVIOUS_PARAGRAPH = 0.6;
    private static final double NAMED_BEFORE = 0.45;
    /** Nouns that make "X's \"...\" NOUN" a saying of X ("Romney's \"47 percent\" comment"). */
    private static final java.util.Set<String> SAYING_NOUNS = java.util.Set.of(
            "comment", "comments", "remark", "remarks", "statement", "line", "pledge", "promise", "slogan", "claim",
            "words", "phrase", "quip", "tweet", "speech", "message", "description", "characterization",
            "assessment", "warning", "call", "joke", "insult", "jab", "retort", "mantra", "refrain", "vow");
    private static final double NO_SPEAKER = 0.3;

    private final QuoteMarks marks = new QuoteMarks();
    private final IndirectSpeech indirect = new IndirectSpeech();

    public List<Quote> extract(Annotated doc, Entities entities) {
        String text = doc.article().analysisText();
        List<Quotation> quotations = Headings.outside(text, marks.find(text), doc.article().title());
        List<IndirectSpeech.Content> contents = indirect.find(doc, quotations);
        int[] paragraphs = QuoteMarks.paragraphStarts(text);
        SpeakerFinder finder = new SpeakerFinder(doc, entities, IndirectSpeech.quotedTokens(doc, quotations));

        List<Event> events = new ArrayList<>();
        quotations.forEach(q -> events.add(new Event(q, null, q.open(), paragraph(paragraphs, q.open()))));
        for (IndirectSpeech.Content c : contents) {
            int anchor = doc.tokens().get(c.cueToken()).start();
            events.add(new Event(null, c, anchor, paragraph(paragraphs, anchor)));
        }
        events.sort(Comparator.comparingInt(Event::anchor));
        for (Event e : events) {
            e.found = e.quotation != null ? attribute(doc, e.quotation, quotations, finder)
                    : finder.ofCue(e.content.cueToken()).orElse(null);
            e.direct = e.found != null;
            if (e.found != null) {
                finder.remember(e.found);
            }
        }
        carryOver(events, text, paragraphs, finder);

        List<Quote> out = new ArrayList<>();
        for (Event e : events) {
            Quote q = e.quotation != null ? quote(doc, e) : e.found == null ? null : indirectQuote(doc, e);
            if (q != null) {
                out.add(q);
            }
        }
        out.sort(Comparator.comparingInt(Quote::start));
        List<Quote> numbered = new ArrayList<>();
        for (Quote q : out) {
            numbered.add(new Quote("q" + (numbered.size() + 1), q.kind(), q.text(), q.start(), q.end(), q.cue(),
                    q.speaker(), q.confidence()));
        }
        return numbered;
    }

    /** One quotation or one stretch of reported content, with the speaker found for it. */
    private static final class Event {
        final Quotation quotation;
        final IndirectSpeech.Content content;
        final int anchor;
        final int paragraph;
        SpeakerFinder.Found found;
        boolean direct;
        double carriedConfidence = -1;

        Event(Quotation quotation, IndirectSpeech.Content content, int anchor, int paragraph) {
            this.quotation = quotation;
            this.content = content;
            this.anchor = anchor;
            this.paragraph = paragraph;
        }

        int anchor() {
            return anchor;
        }
    }

    private static int paragraph(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    private SpeakerFinder.Found attribute(Annotated doc, Quotation q, List<Quotation> all, SpeakerFinder finder) {
        return afterQuote(doc, q, all, finder)
                .or(() -> beforeQuote(doc, q, all, finder))
                .or(() -> laterInSentence(doc, q, all, finder))
                .or(() -> subjectBefore(doc, q, all, finder))
                .orElse(null);
    }

    private Optional<SpeakerFinder.Found> afterQuote(Annotated doc, Quotation q, List<Quotation> all,
                                                     SpeakerFinder finder) {
        if (!q.closed()) {
            return Optional.empty();
        }
        List<Token> tokens = doc.tokens();
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
        boolean spoken = endsLikeSpeech(doc.text(), q);
        int lastInside = doc.tokenAt(Math.max(q.textStart(), q.textEnd() - 1));
        if (!spoken && lastInside < tokens.size() && tokens.get(lastInside).sentence() != first.sentence()
                && Character.isUpperCase(first.word().charAt(0))) {
            return Optional.empty();
        }
        if (isCueVerb(first) || first.word().equalsIgnoreCase("according") || spoken && isFiniteVerb(first)) {
            return finder.ofCue(k);
        }
        int end = NounPhrases.endRight(tokens, k, limit);
        if (end == k) {
            return Optional.empty();
        }
        if (end < limit && tokens.get(end).word().equals(",")) {
            int close = end + 1;
            while (close < limit && !tokens.get(close).word().equals(",") && !SpeakerFinder.isQuoteMark(tokens.get(close))) {
                close++;
            }
            if (close < limit && tokens.get(close).word().equals(",")) {
                end = close + 1;
            }
        }
        while (end < limit && NounPhrases.skippableBeforeCue(tokens.get(end))) {
            end++;
        }
        if (end < limit && (isCueVerb(tokens.get(end)) || spoken && isFiniteVerb(tokens.get(end)))) {
            return finder.ofCue(end);
        }
        return Optional.empty();
    }

    /** A quotation whose last character inside the marks is a comma, question mark, exclamation mark or dash. */
    private static boolean endsLikeSpeech(String text, Quotation q) {
        int i = q.textEnd() - 1;
        while (i > q.textStart() && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= q.textStart() && ",?!—–-".indexOf(text.charAt(i)) >= 0;
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
        int start = NounPhrases.startLeft(tokens, last, floor);
        int lead = floor;
        while (lead < start && !Character.isLetterOrDigit(tokens.get(lead).word().charAt(0))) {
            lead++;
        }
        if (start > last || lead != start) {
            return Optional.empty();
        }
        return finder.resolve(start, last + 1, colon, 0.8).filter(f -> f.speaker().entity() != null);
    }

    private Optional<SpeakerFinder.Found> beforeQuote(Annotated doc, Quotation q, List<Quotation> all,
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
            if (tokens.get(previous.endToken() - 1).word().equals(":")) {
                floor = previous.firstToken();
            }
        }
        Optional<SpeakerFinder.Found> colon = colonIntroduction(doc, openToken, finder);
        if (colon.isPresent()) {
            return colon;
        }
        if (openToken >= 2 && tokens.get(openToken - 1).word().matches("['’]s?") && q.closed()
                && doc.tokenAt(q.after()) < tokens.size()
                && SAYING_NOUNS.contains(tokens.get(doc.tokenAt(q.after())).word().toLowerCase(java.util.Locale.ROOT))) {
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
            if (isCueVerb(t) || introduces || t.word().equalsIgnoreCase("according")) {
                Optional<SpeakerFinder.Found> f = finder.ofCue(k);
                if (f.isPresent() && Cues.isCognition(t.word())) {
                    Optional<SpeakerFinder.Found> outer = outerSpeaker(doc, k - 1, floor, all, finder);
                    if (outer.isPresent() && !java.util.Objects.equals(outer.get().speaker().entity(),
                            f.get().speaker().entity())) {
                        return outer;
                    }
                }
                if (f.isPresent()) {
                    return f.map(x -> new SpeakerFinder.Found(x.speaker(), x.cueToken(), x.confidence() - 0.05));
                }
            }
        }
        return Optional.empty();
    }

    /** Last resort: a person who is the subject of any verb before the quotation in its sentence. */
    private Optional<SpeakerFinder.Found> subjectBefore(Annotated doc, Quotation q, List<Quotation> all,
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

    /** A speech cue before {@code from} whose speaker is a named entity. */
    private Optional<SpeakerFinder.Found> outerSpeaker(Annotated doc, int from, int floor, List<Quotation> all,
                                                       SpeakerFinder finder) {
        for (int k = from; k >= floor; k--) {
            Token t = doc.tokens().get(k);
            if (!insideQuotation(all, t.start()) && isCueVerb(t) && !Cues.isCognition(t.word())) {
                Optional<SpeakerFinder.Found> f = finder.ofCue(k);
                if (f.isPresent() && f.get().speaker().entity() != null) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<SpeakerFinder.Found> laterInSentence(Annotated doc, Quotation q, List<Quotation> all,
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
            if (insideQuotation(all, t.start())) {
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
        return s.entity() == null ? s.mention().length() <= 4 : f.confidence() >= 0.6 && s.name().contains(" ");
    }

    private static boolean isCueVerb(Token t) {
        return Cues.isCue(t.word()) && (t.isVerb() || t.tag().equals("NN") && t.word().endsWith("s") == false
                && t.word().equalsIgnoreCase("say"));
    }

    private static boolean insideQuotation(List<Quotation> all, int offset) {
        for (Quotation q : all) {
            if (q.open() <= offset && offset < q.after()) {
                return true;
            }
        }
        return false;
    }

    private static boolean newParagraphBetween(Annotated doc, int from, int to) {
        return from < to && doc.text().substring(from, to).contains("\n");
    }

    /** Speakers for quotations no cue reached: from the same run, the same paragraph, or the previous paragraph. */
    private static void carryOver(List<Event> events, String text, int[] paragraphs, SpeakerFinder finder) {
        List<Event> quotes = events.stream().filter(e -> e.quotation != null).toList();
        for (int i = 0; i < quotes.size(); i++) {
            Event e = quotes.get(i);
            if (e.found != null) {
                continue;
            }
            Event source = runMate(quotes, i);
            if (source == null) {
                source = sameParagraph(quotes, i);
            }
            if (source == null) {
                source = earlierInParagraph(events, e);
            }
            if (source != null) {
                e.found = source.found;
                e.carriedConfidence = CARRIED;
            }
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.quotation == null || e.found != null || !opensParagraph(e.quotation, text, paragraphs)) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Event prior = events.get(j);
                if (prior.paragraph < e.paragraph - 1) {
                    break;
                }
                if (prior.paragraph == e.paragraph - 1 && prior.found != null) {
                    e.found = prior.found;
                    e.carriedConfidence = PREVIOUS_PARAGRAPH;
                    break;
                }
            }
            if (e.found == null && e.paragraph > 0) {
                e.found = finder.lastSubjectIn(paragraphs[e.paragraph - 1], paragraphs[e.paragraph]).orElse(null);
                e.carriedConfidence = NAMED_BEFORE;
            }
        }
    }

    /** An attributed quotation of the same run across paragraphs. */
    private static Event runMate(List<Event> quotes, int i) {
        for (int j = i + 1; j < quotes.size() && quotes.get(j).quotation.continues()
                && quotes.get(j - 1).quotation.paragraph() == quotes.get(j).quotation.paragraph() - 1; j++) {
            if (quotes.get(j).direct) {
                return quotes.get(j);
            }
        }
        for (int j = i; j > 0 && quotes.get(j).quotation.continues(); j--) {
            if (quotes.get(j - 1).found != null) {
                return quotes.get(j - 1);
            }
        }
        return null;
    }

    private static Event sameParagraph(List<Event> quotes, int i) {
        int p = quotes.get(i).quotation.paragraph();
        for (int j = i - 1; j >= 0 && quotes.get(j).quotation.paragraph() == p; j--) {
            if (quotes.get(j).direct && !quotes.get(j).quotation.single()) {
                return quotes.get(j);
            }
        }
        for (int j = i + 1; j < quotes.size() && quotes.get(j).quotation.paragraph() == p; j++) {
            if (quotes.get(j).direct && !quotes.get(j).quotation.single()) {
                return quotes.get(j);
            }
        }
        return null;
    }

    /** The last event before {@code e} in its paragraph that has a speaker of its own. */
    private static Event earlierInParagraph(List<Event> events, Event e) {
        Event best = null;
        for (Event o : events) {
            if (o.anchor >= e.anchor) {
                break;
            }
            if (o.paragraph == e.paragraph && o.direct) {
                best = o;
            }
        }
        return best;
    }

    private static boolean opensParagraph(Quotation q, String text, int[] paragraphs) {
        int p = paragraph(paragraphs, q.open());
        return text.substring(paragraphs[p], q.open()).isBlank();
    }

    private Quote quote(Annotated doc, Event e) {
        Quotation q = e.quotation;
        String text = doc.text().substring(q.textStart(), q.textEnd());
        QuoteKind kind = QuoteClassifier.classify(doc.text(), q, e.found != null);
        if (e.found == null && kind == QuoteKind.TERM) {
            return null;
        }
        double confidence = e.found == null ? NO_SPEAKER
                : e.carriedConfidence >= 0 ? Math.min(e.carriedConfidence, e.found.confidence()) : e.found.confidence();
        String cue = e.found == null ? null : doc.tokens().get(e.found.cueToken()).word();
        return new Quote("q", kind, text, q.textStart(), q.textEnd(), cue, e.found == null ? null : e.found.speaker(),
                clamp(confidence));
    }

    private static Quote indirectQuote(Annotated doc, Event e) {
        IndirectSpeech.Content c = e.content;
        Token cueToken = doc.tokens().get(c.cueToken());
        String cue = cueToken.word().equalsIgnoreCase("according") ? "according to" : cueToken.word();
        double confidence = e.found == null ? NO_SPEAKER : e.found.confidence() - 0.1;
        return new Quote("q", QuoteKind.INDIRECT, doc.text().substring(c.start(), c.end()), c.start(), c.end(), cue,
                e.found == null ? null : e.found.speaker(), clamp(confidence));
    }

    private static double clamp(double x) {
        return Math.max(0.05, Math.min(0.99, x));
    }
}
