package org.assay.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.assay.entity.BundledTable;
import org.assay.entity.Entities;
import org.assay.entity.Entity;
import org.assay.entity.EntityType;
import org.assay.entity.Mention;
import org.assay.nlp.Token;

/**
 * Who speaks through a document ("the NAO report said", "According to Labor Department figures", "Research
 * conducted by the EOC revealed", "Mr Campbell's e-mail said"): the person or organisation named in the document's
 * phrase, its possessor included, or named after it by "by", "from" or "in" ("reports in the Wall Street Journal");
 * for a definite phrase that names no one ("The report said"), the issuer of the nearest earlier phrase with the same
 * noun ("a report by the National Audit Office"). Empty when the phrase is not headed by a document noun (the bundled
 * {@code documents.tsv}) or no issuer is named: the document then speaks as written.
 *
 * <p>Stateless; reads the article's entities.
 */
final class IssuedDocument {

    private static final Set<String> NOUNS = BundledTable.words(IssuedDocument.class, "documents.tsv");
    private static final Set<String> LINKS = Set.of("by", "from", "in", "of");
    /** How far after a document's noun its issuer may be named ("a report by the government's finance watchdog"). */
    private static final int REACH = 6;

    private final List<Token> tokens;
    private final Entities entities;

    IssuedDocument(List<Token> tokens, Entities entities) {
        this.tokens = tokens;
        this.entities = entities;
    }

    /** Whether a word names a document ("report", "figures"). */
    static boolean isDocument(String word) {
        return NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The issuer of the document phrase [from, to), whose cue is token {@code cue}; empty when none is named. */
    Optional<Entity> issuer(int from, int to, int cue) {
        Token head = tokens.get(to - 1);
        if (!head.tag().startsWith("NN") || !isDocument(head.word())) {
            return Optional.empty();
        }
        Optional<Entity> named = namedIn(from, to).or(() -> namedAfter(to, cue > to ? cue : to + REACH));
        if (named.isPresent() || !tokens.get(from).word().equalsIgnoreCase("the")) {
            return named;
        }
        String noun = head.word().toLowerCase(Locale.ROOT);
        for (int k = from - 1; k >= 0; k--) {
            if (tokens.get(k).word().equalsIgnoreCase(noun) && tokens.get(k).tag().startsWith("NN")) {
                Optional<Entity> earlier = issuerAt(k);
                if (earlier.isPresent()) {
                    return earlier;
                }
            }
        }
        return Optional.empty();
    }

    /** The issuer named around an earlier document noun at token {@code k}, its modifiers included. */
    private Optional<Entity> issuerAt(int k) {
        int start = k;
        while (start > 0 && (tokens.get(start - 1).tag().startsWith("NN") || tokens.get(start - 1).tag().equals("POS")
                || tokens.get(start - 1).tag().equals("JJ"))) {
            start--;
        }
        return namedIn(start, k + 1).or(() -> namedAfter(k + 1, k + 1 + REACH));
    }

    /** A person or organisation named within [from, to), its possessor included ("Mr Campbell's e-mail"). */
    private Optional<Entity> namedIn(int from, int to) {
        if (from >= to) {
            return Optional.empty();
        }
        return entities.within(tokens.get(from).start(), tokens.get(to - 1).end()).stream()
                .map(m -> entities.byId(m.entityId()).orElseThrow()).filter(IssuedDocument::canIssue).findFirst();
    }

    /**
     * One named by "by", "from", "in" or "of" right after the document's noun at {@code k - 1}, or after a participle
     * there ("a report by the NAO", "Research conducted by the EOC"), starting before {@code limit}.
     */
    private Optional<Entity> namedAfter(int k, int limit) {
        int link = k < tokens.size() && tokens.get(k).tag().equals("VBN") ? k + 1 : k;
        if (link + 1 >= Math.min(limit, tokens.size())
                || !LINKS.contains(tokens.get(link).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int end = Math.min(tokens.size(), link + 1 + REACH);
        for (Mention m : entities.overlapping(tokens.get(link + 1).start(), tokens.get(end - 1).end())) {
            Entity e = entities.byId(m.entityId()).orElseThrow();
            return m.firstToken() <= link + 3 && canIssue(e) ? Optional.of(e) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A person or an organisation: a country or place named in a document's phrase is its subject, not its author. */
    private static boolean canIssue(Entity e) {
        return e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
    }
}
