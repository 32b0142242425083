package org.assay.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assay.entity.BundledTable;
import org.assay.entity.Entities;
import org.assay.entity.Entity;
import org.assay.entity.EntityType;
import org.assay.entity.Mention;
import org.assay.nlp.Token;

/**
 * The grammatical gender a third-person pronoun needs of its antecedent, and what an article tells of a person's:
 * a courtesy title opening or right before one of their mentions ("Mr. Rubio", "Mrs. Clinton"), a gendered noun right before it
 * ("Congresswoman Gwen Graham", "spokesman Josh Earnest"), or else the given name of the canonical name, looked up
 * in a bundled list of unambiguous given names ({@code first-names.tsv}). Evidence that disagrees leaves the person
 * {@link #UNKNOWN}; an unknown person agrees with every pronoun.
 */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
    private static final Map<String, Gender> WORDS_BEFORE_NAME = Map.ofEntries(
            Map.entry("mr.", MALE), Map.entry("mr", MALE), Map.entry("mrs.", FEMALE), Map.entry("mrs", FEMALE),
            Map.entry("ms.", FEMALE), Map.entry("ms", FEMALE), Map.entry("miss", FEMALE),
            Map.entry("congressman", MALE), Map.entry("congresswoman", FEMALE), Map.entry("spokesman", MALE),
            Map.entry("spokeswoman", FEMALE), Map.entry("businessman", MALE), Map.entry("businesswoman", FEMALE),
            Map.entry("actress", FEMALE), Map.entry("sir", MALE), Map.entry("dame", FEMALE),
            Map.entry("king", MALE), Map.entry("queen", FEMALE), Map.entry("prince", MALE),
            Map.entry("princess", FEMALE), Map.entry("wife", FEMALE), Map.entry("husband", MALE),
            Map.entry("mother", FEMALE), Map.entry("father", MALE), Map.entry("daughter", FEMALE),
            Map.entry("son", MALE), Map.entry("sister", FEMALE), Map.entry("brother", MALE),
            Map.entry("chairwoman", FEMALE), Map.entry("congressmen", MALE), Map.entry("councilwoman", FEMALE),
            Map.entry("councilman", MALE), Map.entry("anchorwoman", FEMALE), Map.entry("anchorman", MALE));

    /** The gender a pronoun asks for: MALE for "he"/"his", FEMALE for "she"/"her", UNKNOWN for any other word. */
    static Gender ofPronoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MALE_PRONOUNS.contains(w) ? MALE : FEMALE_PRONOUNS.contains(w) ? FEMALE : UNKNOWN;
    }

    /** True unless both are known and differ. */
    boolean agreesWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    /** The gender of every person of the article, by entity id (persons the text says nothing of are absent). */
    static Map<String, Gender> ofPersons(List<Token> tokens, Entities entities) {
        Map<String, Gender> fromText = new HashMap<>();
        for (Mention m : entities.mentions()) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            Gender g = WORDS_BEFORE_NAME.getOrDefault(tokens.get(m.firstToken()).word().toLowerCase(Locale.ROOT),
                    UNKNOWN);
            if (g == UNKNOWN && m.firstToken() > 0) {
                g = WORDS_BEFORE_NAME.getOrDefault(tokens.get(m.firstToken() - 1).word().toLowerCase(Locale.ROOT),
                        UNKNOWN);
            }
            if (g != UNKNOWN) {
                fromText.merge(m.entityId(), g, (a, b) -> a == b ? a : UNKNOWN);
            }
        }
        Map<String, Gender> out = new HashMap<>();
        for (Entity e : entities.all()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            Gender g = fromText.getOrDefault(e.id(), ofGivenName(e.name()));
            if (g != UNKNOWN) {
                out.put(e.id(), g);
            }
        }
        return Map.copyOf(out);
    }

    /** The gender of the first word of a name of two words or more, when the bundled list knows it. */
    static Gender ofGivenName(String name) {
        String[] words = name.strip().split("\\s+");
        return words.length < 2 ? UNKNOWN : GivenNames.BUNDLED.getOrDefault(words[0], UNKNOWN);
    }

    private static final class GivenNames {
        static final Map<String, Gender> BUNDLED = load();

        private static Map<String, Gender> load() {
            Map<String, Gender> map = new HashMap<>();
            for (String[] f : BundledTable.read(Gender.class, "first-names.tsv")) {
                map.put(f[0], f[1].equals("M") ? MALE : FEMALE);
            }
            return Map.copyOf(map);
        }
    }
}
