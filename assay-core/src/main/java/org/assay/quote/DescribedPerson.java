package org.assay.quote;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assay.entity.Entities;
import org.assay.entity.Entity;
import org.assay.entity.EntityType;
import org.assay.entity.Mention;
import org.assay.entity.Titles;
import org.assay.nlp.Token;

/**
 * The person a definite description stands for ("the senator", "The Ohio senator", "the former foreign
 * minister"): the one person named earlier in the article whose titles include the description's head word, and, when
 * the description carries a proper modifier ("Ohio"), whose titles or affiliation contain it too; failing a title,
 * the one person affiliated with the body the modifier names ("the Federal Reserve head"). When more than one fits,
 * the description names nobody: a guess between two senators is worse than none. A role that no named person carries
 * is an epithet for the one the story is about (see {@link #of}); a role in the lead names the person the next
 * sentence opens with ({@link #namedNext}).
 *
 * <p>Stateless; reads the article's entities.
 */
final class DescribedPerson {

    /** Abbreviated titles as the head word a description spells out. */
    private static final Map<String, String> SPELLED_OUT = Map.of(
            "sen.", "senator", "gov.", "governor", "rep.", "representative", "sec.", "secretary",
            "pres.", "president", "gen.", "general", "prof.", "professor");

    private final List<Token> tokens;
    private final Entities entities;

    DescribedPerson(List<Token> tokens, Entities entities) {
        this.tokens = tokens;
        this.entities = entities;
    }

    /**
     * The person the phrase [from, to) describes, if it is a description starting with "the" and one person named
     * before it fits; empty otherwise.
     */
    Optional<Entity> of(int from, int to) {
        if (to - from < 2 || !tokens.get(from).word().equalsIgnoreCase("the")) {
            return Optional.empty();
        }
        int end = to;
        if (tokens.get(end - 1).tag().equals("POS")) {
            end--;
        }
        boolean ofBody = false; // "the chairman of the harbour board" names a post, not an epithet
        for (int k = from + 1; k < end; k++) {
            if (tokens.get(k).word().equalsIgnoreCase("of")) {
                end = k;
                ofBody = true;
                break;
            }
        }
        if (end <= from + 1) {
            return Optional.empty();
        }
        Token head = tokens.get(end - 1);
        if (!head.tag().equals("NN")) {
            return Optional.empty();
        }
        String role = Titles.lastPart(head.word().toLowerCase(Locale.ROOT));
        int last = end - 1;
        int offset = tokens.get(from).start();
        Optional<Entity> titled = entities.onlyOneBefore(offset, e -> e.type() == EntityType.PERSON
                && hasRole(e, role) && carriesModifiers(e, from + 1, last));
        if (titled.isEmpty() && Titles.isHead(role) && hasProperModifier(from + 1, last)) {
            // "the Federal Reserve head": the one person of that body, whatever their title
            titled = entities.onlyOneBefore(offset, e -> e.type() == EntityType.PERSON && e.affiliation() != null
                    && carriesModifiers(e, from + 1, last));
        }
        if (titled.isPresent() || ofBody || !Titles.isHead(role) || DescribedBody.isSpokesperson(role)
                || entities.all().stream().anyMatch(e ->
                e.type() == EntityType.PERSON && hasRole(e, role) && e.mentions().get(0).start() < offset)) {
            return titled;
        }
        return usedBefore(role, from) ? Optional.empty() : subjectOfSentenceBefore(from);
    }

    /** Whether the role's word occurs before token {@code k}: "attacked the governor … The governor said" is him. */
    private boolean usedBefore(String role, int k) {
        for (int j = 0; j < k; j++) {
            if (Titles.lastPart(tokens.get(j).word().toLowerCase(Locale.ROOT)).equals(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person an epithet at token {@code k} stands for: the one who opens the sentence before as its subject
     * ("Gardener clocked 6.56 seconds … The world indoor champion said"), else the person named most often so far
     * when one is named more often than any other: a role no named person carries is the writer's epithet for the
     * one the story is about.
     */
    private Optional<Entity> subjectOfSentenceBefore(int k) {
        int sentence = tokens.get(k).sentence() - 1;
        if (sentence < 0) {
            return Optional.empty();
        }
        int start = k - 1;
        while (start > 0 && tokens.get(start - 1).sentence() == sentence) {
            start--;
        }
        return opening(start, k, false).or(() -> entities.mostNamedWithin(0, tokens.get(k).start(), EntityType.PERSON));
    }

    /**
     * The person a role in an article's lead names before the text gives the name ("…, the Trade and Industry
     * Secretary has said. Patricia Hewitt said …"): the one who opens the next sentence, when the phrase [from, to)
     * lies in the first two sentences and ends on a title's head word.
     */
    Optional<Entity> namedNext(int from, int to) {
        int sentence = tokens.get(from).sentence();
        if (sentence > 1 || !Titles.isHead(tokens.get(to - 1).word())) {
            return Optional.empty();
        }
        int start = to;
        while (start < tokens.size() && tokens.get(start).sentence() == sentence) {
            start++;
        }
        int end = start;
        while (end < tokens.size() && tokens.get(end).sentence() == sentence + 1) {
            end++;
        }
        return start < end ? opening(start, end, true) : Optional.empty();
    }

    /**
     * The person named first in tokens [start, end) when only titles, honorifics and proper nouns precede the name
     * and a verb follows it (or, when {@code apposition}, a comma: "Ed Balls, a former adviser, said").
     */
    private Optional<Entity> opening(int start, int end, boolean apposition) {
        for (Mention m : entities.within(tokens.get(start).start(), tokens.get(end - 1).end())) {
            boolean opens = true;
            for (int j = start; j < m.firstToken(); j++) {
                opens &= Titles.isTitleWord(tokens.get(j).word()) || Titles.isHonorific(tokens.get(j).word())
                        || tokens.get(j).tag().equals("NNP") || tokens.get(j).tag().equals("POS");
            }
            if (!opens || m.endToken() >= end) {
                return Optional.empty();
            }
            Token after = tokens.get(m.endToken());
            boolean subject = after.isVerb() || after.tag().equals("MD") || apposition && after.word().equals(",");
            return m.type() == EntityType.PERSON && subject ? entities.byId(m.entityId()) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean hasRole(Entity e, String role) {
        for (String title : e.titles()) {
            for (String word : title.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                if (SPELLED_OUT.getOrDefault(word, word).equals(role)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hasProperModifier(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isProperNoun()) {
                return true;
            }
        }
        return false;
    }

    /** Every proper modifier in [from, to) ("Ohio", "Kent") occurs in the person's titles or affiliation. */
    private boolean carriesModifiers(Entity e, int from, int to) {
        String known = (String.join(" ", e.titles()) + " " + (e.affiliation() == null ? "" : e.affiliation()))
                .toLowerCase(Locale.ROOT);
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.isProperNoun() && !known.contains(t.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
