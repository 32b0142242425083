package org.assay.quote;

import java.util.List;
import java.util.Optional;
import org.assay.entity.Entities;
import org.assay.entity.Mention;
import org.assay.nlp.Token;
import org.assay.quote.SpeakerFinder.Found;

/**
 * Reads the phrase to the right of a cue as its speaker ("said Putin", "according to the survey", "said one").
 * The phrase becomes a speaker through {@link SpeakerResolver}.
 *
 * <p>One instance serves one article; it keeps no state of its own.
 */
final class PhraseAfterCue {

    private final List<Token> tokens;
    private final Entities entities;
    private final SpeakerResolver resolver;

    PhraseAfterCue(List<Token> tokens, Entities entities, SpeakerResolver resolver) {
        this.tokens = tokens;
        this.entities = entities;
        this.resolver = resolver;
    }

    /**
     * The speaker named by the noun phrase starting at token {@code first} and ending before {@code ceiling}: a lone
     * group word ("said one"), else the phrase or an entity mention starting there; a phrase of time words only
     * gives nothing. A phrase without an entity followed by ", Name" gives that person ("said the spokesman, John
     * Smith"). Empty when no phrase starts there.
     */
    Optional<Found> right(int first, int ceiling, int cue, double confidence) {
        int end = NounPhrases.endRight(tokens, first, ceiling);
        boolean group = end <= first + 1 && first < ceiling && SpeakerResolver.isGroupWord(tokens.get(first).word());
        if (group) {
            end = first + 1;
        } else if (end <= first && first < ceiling) {
            end = entities.overlapping(tokens.get(first).start(), tokens.get(first).end()).stream()
                    .filter(m -> m.firstToken() == first && m.endToken() <= ceiling).mapToInt(Mention::endToken)
                    .findFirst().orElse(end);
        }
        if (end <= first || !group && NounPhrases.onlyTime(tokens, first, end)) {
            return Optional.empty();
        }
        Optional<Found> phrase = resolver.resolve(first, end, cue, confidence);
        if (phrase.isPresent() && phrase.get().speaker().entity() == null && end + 1 < ceiling
                && tokens.get(end).word().equals(",")) {
            int nameEnd = NounPhrases.endRight(tokens, end + 1, ceiling);
            if (nameEnd > end + 1) {
                Optional<Found> named = resolver.resolve(end + 1, nameEnd, cue, confidence).filter(resolver::isPerson)
                        .filter(f -> f.speaker().entity() != null);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return phrase;
    }
}
