package org.assay.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assay.entity.Entities;
import org.assay.entity.Mention;
import org.assay.nlp.Annotated;

/**
 * The speakers of one article found so far, in text order, and what they teach about pronouns: "he" and "she"
 * resolve through {@link Antecedents} against this memory, and a remembered speaker written as a pronoun teaches
 * Antecedents that person's gender.
 *
 * <p>One instance serves one article and grows as attribution proceeds. Not thread-safe.
 */
final class SpeakerMemory {

    private final Annotated doc;
    private final List<SpeakerFinder.Found> spoken = new ArrayList<>();
    private final Antecedents antecedents;

    /** {@code quoted} marks the tokens inside quotation marks: a name there is no antecedent. */
    SpeakerMemory(Annotated doc, Entities entities, boolean[] quoted) {
        this.doc = doc;
        this.antecedents = new Antecedents(doc, entities, quoted);
    }

    /** Records a speaker the attribution settled on, so later pronouns can refer to them. */
    void remember(SpeakerFinder.Found found) {
        spoken.add(found);
        Speaker s = found.speaker();
        if (s.entity() != null) {
            antecedents.learn(s.entity(), doc.text().substring(s.mention().start(), s.mention().end()));
        }
    }

    /** The person mention a "he" or "she" at token {@code k} refers to, given the speakers remembered so far. */
    Optional<Mention> antecedentOf(int k) {
        return antecedents.of(k, spoken);
    }

    /** True when the mention stands where a subject stands (see {@link Antecedents#subjectLike}). */
    boolean subjectLike(Mention m) {
        return antecedents.subjectLike(m);
    }
}
