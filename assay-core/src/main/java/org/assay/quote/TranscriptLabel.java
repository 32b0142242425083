package org.assay.quote;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assay.article.Span;
import org.assay.entity.Entities;
import org.assay.entity.Entity;
import org.assay.entity.EntityType;
import org.assay.nlp.Annotated;

/**
 * A quotation that opens with a speaker's label, as quoted transcripts print it: {@code "PENCE: Well, look, …"}. The
 * label is one to three capitalised words before a colon, and it is the speaker only when it is the name or surname
 * of a person the article names ({@code "VIDEO: …"} is no one). The mention is the label; the cue is its colon.
 * Stateless.
 */
final class TranscriptLabel {

    private static final double CONFIDENCE = 0.85;
    private static final Pattern LABEL = Pattern.compile("\\s*(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2}):\\s");

    private TranscriptLabel() {
    }

    /** The label {@code q} opens with ("RAMOS"), whoever it names. */
    static Optional<Span> of(String text, Quotation q) {
        Matcher m = LABEL.matcher(text).region(q.textStart(), q.textEnd());
        return m.lookingAt() && m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT))
                ? Optional.of(new Span(m.start(1), m.end(1))) : Optional.empty();
    }

    /** The person of the article that {@code label} names, as the speaker resting on the label. */
    static Optional<SpeakerFinder.Found> speaker(Annotated doc, Entities entities, Span label) {
        return person(entities, label.of(doc.text()))
                .map(e -> new SpeakerFinder.Found(new Speaker(e.id(), e.name(), label), doc.tokenAt(label.end()),
                        CONFIDENCE));
    }

    /** The first person of the article whose name, or whose surname, the label's words are (ignoring case). */
    static Optional<Entity> person(Entities entities, String words) {
        String last = words.substring(words.lastIndexOf(' ') + 1);
        return entities.all().stream().filter(e -> e.type() == EntityType.PERSON && namedBy(e, words, last)).findFirst();
    }

    private static boolean namedBy(Entity e, String label, String last) {
        String name = e.name();
        return name.equalsIgnoreCase(label) || name.substring(name.lastIndexOf(' ') + 1).equalsIgnoreCase(last);
    }
}
