package org.assay.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.assay.entity.Entities;
import org.assay.entity.Entity;
import org.assay.entity.EntityType;
import org.assay.entity.Mention;
import org.assay.nlp.Token;

/**
 * The organisation a phrase speaks for: a spokesperson's ("a Harbour Authority spokesman", "a spokeswoman for the
 * ministry") or a generic noun's ("the ministry said" after "the Ministry of Transport"). A spokesperson phrase gives
 * the organisation named inside it, or the one its generic noun stands for; a generic noun ("the ministry", "the
 * authority") stands for the one organisation named earlier in the article whose name holds that word. When none or
 * more than one fits, the phrase names no organisation: a guess between two ministries is worse than none. A noun
 * for a business that no name holds ("the company", "the firm") stands for the organisation named most often in the
 * last few sentences, when one is named more often than any other there.
 *
 * <p>Stateless; reads the article's entities.
 */
final class DescribedBody {

    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "spokesmen",
            "spokeswomen", "spokespeople", "spokespersons");

    /** Nouns for a business that name none of its words ("the company" for Rosneft, "the firm"). */
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "group", "carrier", "airline",
            "retailer", "maker", "manufacturer", "operator", "insurer", "lender", "bank", "giant", "business",
            "corporation", "conglomerate", "chain", "broadcaster", "publisher", "utility");

    private final List<Token> tokens;
    private final Entities entities;

    DescribedBody(List<Token> tokens, Entities entities) {
        this.tokens = tokens;
        this.entities = entities;
    }

    /** A word for one who speaks for a body ("spokesman", "spokespeople"). */
    static boolean isSpokesperson(String word) {
        return SPOKESPEOPLE.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The organisation the phrase [from, to) speaks for, or empty. */
    Optional<Entity> of(int from, int to) {
        int head = to - 1;
        if (SPOKESPEOPLE.contains(tokens.get(head).word().toLowerCase(Locale.ROOT))) {
            // "a Harbour Authority spokesman", "the ministry spokeswoman"
            return inside(from, head).or(() -> generic(from, head));
        }
        for (int k = from; k < to - 1; k++) {
            if (SPOKESPEOPLE.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                    && tokens.get(k + 1).word().matches("(?i)for|of|at")) {
                // "a spokesperson for the ministry"
                int object = k + 2;
                return inside(object, to).or(() -> generic(object, to));
            }
        }
        return generic(from, to);
    }

    /** An organisation (or a country, speaking as its government) named within [from, to). */
    private Optional<Entity> inside(int from, int to) {
        if (from >= to) {
            return Optional.empty();
        }
        for (Mention m : entities.within(tokens.get(from).start(), tokens.get(to - 1).end())) {
            Optional<Entity> e = entities.byId(m.entityId());
            if (e.isPresent() && e.get().type() != EntityType.PERSON) {
                return e;
            }
        }
        return Optional.empty();
    }

    /**
     * The organisation a phrase of common nouns ("the ministry", "the transport ministry") stands for: the one named
     * before it whose name holds the phrase's last noun.
     */
    private Optional<Entity> generic(int from, int to) {
        if (from >= to) {
            return Optional.empty();
        }
        int first = from;
        while (first < to && (tokens.get(first).tag().equals("DT") || tokens.get(first).tag().equals("PRP$"))) {
            first++;
        }
        if (first == from || first >= to) {
            return Optional.empty(); // only a definite phrase ("the ministry") refers back
        }
        for (int k = first; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.tag().startsWith("NN") && !t.tag().startsWith("JJ") || Character.isUpperCase(t.word().charAt(0))) {
                return Optional.empty();
            }
        }
        Token head = tokens.get(to - 1);
        if (!head.tag().equals("NN")) {
            return Optional.empty();
        }
        String word = head.word().toLowerCase(Locale.ROOT);
        int offset = tokens.get(from).start();
        Optional<Entity> named = entities.onlyOneBefore(offset, e -> e.type() == EntityType.ORGANIZATION
                && List.of(e.name().toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(word));
        if (named.isPresent() || !COMPANY_NOUNS.contains(word)) {
            return named;
        }
        int sentence = tokens.get(from).sentence();
        int start = from;
        while (start > 0 && tokens.get(start - 1).sentence() >= sentence - RECENT_SENTENCES) {
            start--;
        }
        return entities.mostNamedWithin(tokens.get(start).start(), offset, EntityType.ORGANIZATION);
    }

    /** How many sentences back "the company" looks for the organisation named most, besides its own. */
    private static final int RECENT_SENTENCES = 5;
}
