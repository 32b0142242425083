package org.assay.quote;

import java.util.Optional;
import org.assay.entity.Entities;
import org.assay.nlp.Annotated;
import org.assay.nlp.Token;

/**
 * Finds who a cue's words belong to, for the rest of the package: the speaker written next to a cue token
 * ({@link CueReader}, with {@link SubjectBeforeCue} and {@link PhraseAfterCue}), a token span read as a speaker
 * ({@link SpeakerResolver}), and the article's memory of the speakers settled on so far ({@link SpeakerMemory}),
 * through which pronouns resolve to the person most recently speaking or named as a subject.
 *
 * <p>One instance serves one article: it remembers the speakers found so far, in text order. Not thread-safe;
 * create one per article.
 */
final class SpeakerFinder {

    /** A speaker found next to a cue. */
    record Found(Speaker speaker, int cueToken, double confidence) {
    }

    private final SpeakerMemory memory;
    private final SpeakerResolver resolver;
    private final CueReader cues;

    /** {@code quoted} marks the tokens inside quotation marks: they are never a speaker or a cue. */
    SpeakerFinder(Annotated doc, Entities entities, boolean[] quoted) {
        boolean[] inQuotes = quoted.clone();
        this.memory = new SpeakerMemory(doc, entities, inQuotes);
        this.resolver = new SpeakerResolver(doc, entities, inQuotes, memory);
        this.cues = new CueReader(doc, inQuotes, resolver, new SubjectBeforeCue(doc.tokens(), inQuotes, resolver),
                new PhraseAfterCue(doc.tokens(), entities, resolver));
    }

    /** Records a speaker the attribution settled on, so later pronouns can refer to them. */
    void remember(Found found) {
        memory.remember(found);
    }

    /** The speaker of cue token {@code cue}, if the text supports one. */
    Optional<Found> ofCue(int cue) {
        return cues.ofCue(cue);
    }

    /** True for a word that stands for some of a group of people ("some", "one", "others"). */
    static boolean isGroupWord(String word) {
        return SpeakerResolver.isGroupWord(word);
    }

    /** A speaker that is a person entity or a personal pronoun. */
    boolean isPerson(Found f) {
        return resolver.isPerson(f);
    }

    /** A quotation mark; a possessive apostrophe ("Sanders' campaign") is not one. */
    static boolean isQuoteMark(Token t) {
        String w = t.word();
        if (t.tag().equals("POS")) {
            return false;
        }
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("``") || w.equals("''") || w.equals("«")
                || w.equals("»") || w.equals("‘") || w.equals("’") || w.equals("'");
    }

    /**
     * Turns the phrase [from, to) into a speaker: a person named in it, a pronoun, another entity, the phrase, or a
     * lone word for some of a group ("Some", "one", "the two") as written.
     */
    Optional<Found> resolve(int from, int to, int cue, double confidence) {
        return resolver.resolve(from, to, cue, confidence);
    }

    /**
     * A pronoun speaker at token {@code k}: "he", "she", "his" and "her" resolve to a person, the mention staying the
     * pronoun; others stay as written.
     */
    Found pronoun(int k, int cue, double confidence) {
        return resolver.pronoun(k, cue, confidence);
    }

    /** The last person named as a subject within [from, to), as a speaker resting on that name. */
    Optional<Found> lastSubjectIn(int from, int to) {
        return resolver.lastSubjectIn(from, to);
    }
}
