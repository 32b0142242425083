package org.assay.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.assay.article.Span;
import org.assay.entity.BundledTable;
import org.assay.entity.Entities;
import org.assay.entity.Entity;
import org.assay.entity.Mention;
import org.assay.nlp.Token;

/**
 * The outlet that relayed a statement, when its sentence names one next to the cue: "told the Herald", "told BBC
 * Radio 4's Today programme", "said in an interview with CNN", "was quoted by Reuters as saying", and the subject of
 * "the Tribune quoted an official as saying". An outlet is a proper name holding a word of the bundled
 * {@code outlets.tsv} ("Herald", "Radio", "News"). The one who said the words stays the speaker.
 *
 * <p>Stateless; reads the article's tokens and entities.
 */
final class Relays {

    private static final Set<String> OUTLET_WORDS = BundledTable.words(Relays.class, "outlets.tsv");
    /** Words after which an outlet is the one spoken to or through ("told the BBC", "in an interview with CNN"). */
    private static final Set<String> BEFORE_OUTLET = Set.of("told", "tells", "tell", "telling", "to", "with", "on",
            "by");
    private static final int MAX_NAME = 8;
    private static final int REACH = 12;

    private final List<Token> tokens;
    private final Entities entities;
    private final String text;

    Relays(List<Token> tokens, Entities entities, String text) {
        this.tokens = tokens;
        this.entities = entities;
        this.text = text;
    }

    /**
     * The outlet named within a few words of cue token {@code cue} after "told", "to", "with", "on" or "by", outside
     * {@code words} (the statement itself); empty when there is none.
     */
    Optional<Speaker> near(int cue, Span words) {
        int sentence = tokens.get(cue).sentence();
        int from = Math.max(0, cue - REACH);
        int to = Math.min(tokens.size(), cue + REACH);
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.sentence() != sentence || !BEFORE_OUTLET.contains(t.word().toLowerCase(Locale.ROOT))
                    || words.overlaps(t.span())) {
                continue;
            }
            Optional<Speaker> outlet = outletAt(k + 1);
            if (outlet.isPresent() && !words.overlaps(outlet.get().mention())) {
                return outlet;
            }
        }
        return Optional.empty();
    }

    /** The outlet whose name starts at token {@code k} (after an optional "the"), or empty. */
    Optional<Speaker> outletAt(int k) {
        if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("the")) {
            k++;
        }
        int end = k;
        boolean outlet = false;
        while (end < tokens.size() && end - k < MAX_NAME && partOfName(tokens.get(end))) {
            outlet |= OUTLET_WORDS.contains(tokens.get(end).word().toLowerCase(Locale.ROOT));
            end++;
        }
        while (end > k && tokens.get(end - 1).tag().equals("POS")) {
            end--;
        }
        if (!outlet || end == k || !Character.isUpperCase(tokens.get(k).word().charAt(0))) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(k).start(), tokens.get(end - 1).end());
        for (Mention m : entities.overlapping(span.start(), span.end())) {
            if (m.span().start() == span.start() && m.span().end() == span.end()) {
                Entity e = entities.byId(m.entityId()).orElseThrow();
                return Optional.of(new Speaker(e.id(), e.name(), span));
            }
        }
        return Optional.of(new Speaker(null, span.of(text), span));
    }

    /** A word of an outlet's name: a proper noun, a number ("Radio 4"), a possessive, or "programme" and its kind. */
    private static boolean partOfName(Token t) {
        return t.isProperNoun() || t.tag().equals("CD") || t.tag().equals("POS")
                || Character.isUpperCase(t.word().charAt(0)) && t.tag().startsWith("NN")
                || t.word().matches("(?i)programme|program|show|newspaper|podcast");
    }
}
