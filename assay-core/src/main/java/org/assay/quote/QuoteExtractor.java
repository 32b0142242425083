package org.assay.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.assay.article.Article;
import org.assay.article.Span;
import org.assay.entity.Entities;
import org.assay.nlp.Annotated;
import org.assay.nlp.Token;

/**
 * Finds quotes and reported speech and attributes each to a speaker.
 *
 * <p>Quotations come from {@link QuoteMarks}, reported speech from {@link IndirectSpeech}. Each quotation is
 * attributed, in text order, through the first shape that fits:
 * <ol>
 *   <li>a transcript's speaker label at its start ({@link TranscriptLabel}): {@code "PENCE: Well, …"}; a labelled
 *       quotation takes no speaker from elsewhere, and gives none to the run before it;</li>
 *   <li>a signature after a dash ({@link DashSignature}): {@code “…” ― Ann Lee};</li>
 *   <li>a cue in its own sentence ({@link CueAttribution}): {@code ," Smith said}, {@code ," said Smith},
 *       {@code ," he added}, {@code ," Smith, a senator, said}, {@code Smith told Fox News "..."},
 *       {@code which he said "..."}, {@code Smith said:}, {@code according to Smith};</li>
 *   <li>the same quote running across paragraphs, or another attributed quote or statement in the same
 *       paragraph (of two naming the same speaker, the nearer earlier one, so the mention is the latest:
 *       {@code ," said Ann Lee. She says ... . "..."} takes "She");</li>
 *   <li>for a paragraph that opens with a quotation and names no speaker, the last speaker of the previous
 *       paragraph (or the last person named there as a subject);</li>
 *   <li>as a last resort with low confidence, the last person named as a subject earlier in the paragraph;</li>
 *   <li>a quotation that follows another in its paragraph with only white space between shares its speaker.</li>
 * </ol>
 * A speaker stays {@code null} when none of these fits. Short labels (scare quotes, titles) that no cue in their own
 * sentence attributes are not reported: they are the article's own words, not a statement it reports. Quotations
 * in headlines and subheadings ({@link Headings}) and around names of works ({@link QuotedNames}) are left out.
 *
 * <p>Reported speech without marks (INDIRECT) is attributed the same way from its cue, and a line opening with a
 * speaker's label ({@link LabelledLine}: {@code Clinton: I support …}) to the label, and a title-case headline
 * ({@link HeadlineStatement}: {@code Clinton Says Russians Hacked DNC}) to the one it says speaks.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteExtractor {

    private static final double CARRIED = 0.7;
    private static final double PREVIOUS_PARAGRAPH = 0.6;
    private static final double NAMED_BEFORE = 0.45;
    private static final double NO_SPEAKER = 0.3;
    private static final double PLACED_SOURCE = 0.85;

    private final QuoteMarks marks = new QuoteMarks();
    private final IndirectSpeech indirect = new IndirectSpeech();

    public List<Quote> extract(Annotated annotated, Entities entities) {
        Annotated doc = CueTags.mended(annotated);
        String text = doc.text();
        List<Quotation> quotations = QuotedNames.outside(doc,
                Headings.outside(text, marks.find(text), Article.plainSpaces(doc.article().title())));
        boolean[] quoted = IndirectSpeech.quotedTokens(doc, quotations);
        List<IndirectSpeech.Content> lines = new ArrayList<>(LabelledLine.find(doc, entities, quoted));
        lines.addAll(HeadlineStatement.find(doc, entities, quoted));
        List<IndirectSpeech.Content> contents = withLabelledLines(indirect.find(doc, quotations), lines);
        int[] paragraphs = QuoteMarks.paragraphStarts(text);
        SpeakerFinder finder = new SpeakerFinder(doc, entities, quoted);
        Relays relays = new Relays(doc.tokens(), entities, text);

        List<Event> events = new ArrayList<>();
        quotations.forEach(q -> events.add(new Event(q, null, q.open(), paragraph(paragraphs, q.open()))));
        for (IndirectSpeech.Content c : contents) {
            int anchor = doc.tokens().get(c.cueToken()).start();
            events.add(new Event(null, c, anchor, paragraph(paragraphs, anchor)));
        }
        events.sort(Comparator.comparingInt(Event::anchor));
        for (Event e : events) {
            Optional<Span> label = e.quotation == null ? Optional.empty() : TranscriptLabel.of(text, e.quotation);
            e.labelled = label.isPresent();
            e.found = e.quotation == null ? speakerOf(doc, entities, e.content, finder).orElse(null)
                    : label.flatMap(l -> TranscriptLabel.speaker(doc, entities, l))
                            .or(() -> DashSignature.of(doc, e.quotation, finder))
                            .orElseGet(() -> CueAttribution.attribute(doc, e.quotation, quotations, finder));
            if (e.found != null) {
                relay(doc, e, finder, relays);
            }
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
                    q.speaker(), q.confidence(), q.reportedBy()));
        }
        return numbered;
    }

    /** Reported contents with the labelled lines added; a content inside a labelled line is nested in it and goes. */
    private static List<IndirectSpeech.Content> withLabelledLines(List<IndirectSpeech.Content> contents,
            List<IndirectSpeech.Content> lines) {
        List<IndirectSpeech.Content> out = new ArrayList<>(lines);
        for (IndirectSpeech.Content c : contents) {
            if (lines.stream().noneMatch(l -> c.start() < l.end() && l.start() < c.end())) {
                out.add(c);
            }
        }
        return out;
    }

    private static Optional<SpeakerFinder.Found> speakerOf(Annotated doc, Entities entities, IndirectSpeech.Content c,
            SpeakerFinder finder) {
        if (!c.sourcePlaced()) {
            return finder.ofCue(c.cueToken());
        }
        Span source = new Span(doc.tokens().get(c.sourceFrom()).start(), doc.tokens().get(c.sourceTo() - 1).end());
        return TranscriptLabel.speaker(doc, entities, source)
                .or(() -> finder.resolve(c.sourceFrom(), c.sourceTo(), c.cueToken(), PLACED_SOURCE));
    }

    /**
     * Who relayed the event's words: in "the Tribune quoted an official as saying …" the official becomes the speaker
     * and the Tribune the relay; otherwise an outlet named by the cue ("told the Herald").
     */
    private static void relay(Annotated doc, Event e, SpeakerFinder finder, Relays relays) {
        List<Token> tokens = doc.tokens();
        int cue = e.found.cueToken();
        Optional<SpeakerFinder.Found> quotedPerson = quotedAsSaying(tokens, e.found, finder);
        if (quotedPerson.isPresent()) {
            e.relay = e.found.speaker();
            e.found = quotedPerson.get();
            return;
        }
        Span words = e.quotation != null ? new Span(e.quotation.textStart(), e.quotation.textEnd())
                : new Span(e.content.start(), e.content.end());
        e.relay = relays.near(cue, words).orElse(null);
    }

    /** The one quoted in "X quoted NAME as saying …", or empty for any other cue. */
    private static Optional<SpeakerFinder.Found> quotedAsSaying(List<Token> tokens, SpeakerFinder.Found found,
            SpeakerFinder finder) {
        int cue = found.cueToken();
        if (!tokens.get(cue).word().equalsIgnoreCase("quoted")) {
            return Optional.empty();
        }
        for (int k = cue + 1; k + 1 < tokens.size() && k <= cue + MAX_QUOTED_NAME; k++) {
            Token t = tokens.get(k);
            if (t.word().equalsIgnoreCase("as") && tokens.get(k + 1).word().matches("(?i)saying|having")) {
                return k > cue + 1 ? finder.resolve(cue + 1, k, cue, found.confidence()) : Optional.empty();
            }
            if (!Character.isLetterOrDigit(t.word().charAt(0)) && !t.tag().equals("POS")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The longest phrase between "quoted" and "as saying", in tokens. */
    private static final int MAX_QUOTED_NAME = 10;

    /** One quotation or one stretch of reported content, with the speaker found for it. */
    private static final class Event {
        final Quotation quotation;
        final IndirectSpeech.Content content;
        final int anchor;
        final int paragraph;
        SpeakerFinder.Found found;
        Speaker relay;
        boolean direct;
        boolean labelled;
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

    /** Speakers for quotations no cue reached: from the same run, the same paragraph, or the previous paragraph. */
    private static void carryOver(List<Event> events, String text, int[] paragraphs, SpeakerFinder finder) {
        List<Event> quotes = events.stream().filter(e -> e.quotation != null).toList();
        for (int i = 0; i < quotes.size(); i++) {
            Event e = quotes.get(i);
            if (e.found != null || e.labelled) {
                continue;
            }
            Event source = runMate(quotes, i);
            if (source == null) {
                source = sameParagraph(quotes, i);
                Event nearer = earlierInParagraph(events, e);
                if (source != null && nearer != null && nearer.anchor > source.anchor
                        && source.found.speaker().entity() != null
                        && source.found.speaker().entity().equals(nearer.found.speaker().entity())) {
                    source = nearer;
                }
            }
            if (source == null) {
                source = earlierInParagraph(events, e);
            }
            if (source != null) {
                e.found = source.found;
                e.carriedConfidence = CARRIED;
            } else if (!opensParagraph(e.quotation, text, paragraphs)) {
                e.found = finder.lastSubjectIn(paragraphs[e.paragraph], e.quotation.open()).orElse(null);
                e.carriedConfidence = NAMED_BEFORE;
            }
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.quotation == null || e.found != null || e.labelled || !opensParagraph(e.quotation, text, paragraphs)) {
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
        backToBack(quotes, text);
    }

    /**
     * Quotations following one another in a paragraph with nothing but white space or line breaks between them
     * (a list of sayings) share the speaker of the first one that has one.
     */
    private static void backToBack(List<Event> quotes, String text) {
        for (int i = 1; i < quotes.size(); i++) {
            Event e = quotes.get(i);
            Event prior = quotes.get(i - 1);
            if (e.found == null && prior.found != null && prior.quotation.closed()
                    && prior.quotation.paragraph() == e.quotation.paragraph()
                    && text.substring(prior.quotation.after(), e.quotation.open()).isBlank()) {
                e.found = prior.found;
                e.carriedConfidence = prior.carriedConfidence >= 0 ? prior.carriedConfidence : CARRIED;
            }
        }
    }

    /** An attributed quotation of the same run across paragraphs. */
    private static Event runMate(List<Event> quotes, int i) {
        for (int j = i + 1; j < quotes.size() && quotes.get(j).quotation.continues()
                && quotes.get(j - 1).quotation.paragraph() == quotes.get(j).quotation.paragraph() - 1
                && !quotes.get(j).labelled; j++) {
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
        String text = doc.article().text().substring(q.textStart(), q.textEnd());
        QuoteKind kind = QuoteClassifier.classify(doc.text(), q, e.direct);
        if (!e.direct && kind == QuoteKind.TERM) {
            return null;
        }
        double confidence = e.found == null ? NO_SPEAKER
                : e.carriedConfidence >= 0 ? Math.min(e.carriedConfidence, e.found.confidence()) : e.found.confidence();
        String cue = e.found == null ? null : doc.tokens().get(e.found.cueToken()).word();
        return new Quote("q", kind, text, q.textStart(), q.textEnd(), cue, e.found == null ? null : e.found.speaker(),
                clamp(confidence), e.relay);
    }

    private static Quote indirectQuote(Annotated doc, Event e) {
        IndirectSpeech.Content c = e.content;
        Token cueToken = doc.tokens().get(c.cueToken());
        String cue = cueToken.word().equalsIgnoreCase("according") ? "according to" : cueToken.word();
        double confidence = e.found == null ? NO_SPEAKER : e.found.confidence() - 0.1;
        String text = doc.article().text().substring(c.start(), c.end());
        return new Quote("q", QuoteKind.INDIRECT, text, c.start(), c.end(), cue,
                e.found == null ? null : e.found.speaker(), clamp(confidence), e.relay);
    }

    private static double clamp(double x) {
        return Math.max(0.05, Math.min(0.99, x));
    }
}
