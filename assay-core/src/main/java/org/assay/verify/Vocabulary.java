package org.assay.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.assay.article.Span;

/**
 * The words the loaded datasets answer to, compiled once at load: metric terms ("reserves", "output", "approval
 * rating"), subject terms ("rare earth metals", "Zelensky") and publisher names ("USGS"), per dataset family.
 * Immutable and thread-safe.
 */
final class Vocabulary {

    /** A metric term found in a text. */
    record Hit(String family, String metric, Span span) {
    }

    /** One family and metric a term names. */
    private record Meaning(String family, String metric) {
    }

    /** Every metric term of every dataset, longest first, so a text is scanned once. */
    private final Phrases metricTerms;
    private final Map<String, List<Meaning>> meanings = new LinkedHashMap<>();
    private final Map<String, Phrases> subjects = new LinkedHashMap<>();
    private final Phrases publishers;
    private final Map<String, Phrases> ownSubjects = new HashMap<>();
    /** For each name-keyed family with aliases: alias (normalised) to key, and its patterns (all, several-word). */
    private final Map<String, Map<String, String>> keyOfAlias = new HashMap<>();
    private final Map<String, Phrases> anyAlias = new HashMap<>();
    private final Map<String, Phrases> longAlias = new HashMap<>();

    Vocabulary(List<Dataset> datasets) {
        Map<String, List<String>> subjectTerms = new LinkedHashMap<>();
        List<String> publisherNames = new ArrayList<>();
        for (Dataset d : datasets) {
            Manifest m = d.manifest();
            for (Measure measure : m.measures()) {
                for (String t : measure.terms()) {
                    List<Meaning> l = meanings.computeIfAbsent(normal(t), k -> new ArrayList<>());
                    Meaning meaning = new Meaning(m.family(), measure.metric());
                    if (!l.contains(meaning)) {
                        l.add(meaning);
                    }
                }
            }
            subjectTerms.computeIfAbsent(m.family(), k -> new ArrayList<>()).addAll(m.subjectTerms());
            publisherNames.addAll(m.publisherNames());
        }
        for (Dataset d : datasets) {
            KeyColumn key = d.manifest().key();
            if (!key.kind().equals("name") || key.aliases().isEmpty() || keyOfAlias.containsKey(d.manifest().family())) {
                continue;
            }
            Map<String, String> byAlias = new HashMap<>();
            key.aliases().forEach((k, names) -> names.forEach(n -> byAlias.put(normal(n), k)));
            keyOfAlias.put(d.manifest().family(), byAlias);
            anyAlias.put(d.manifest().family(), Phrases.of(byAlias.keySet()));
            longAlias.put(d.manifest().family(), Phrases.of(byAlias.keySet().stream().filter(a -> a.contains(" "))
                    .toList()));
        }
        metricTerms = Phrases.of(meanings.keySet());
        Map<String, Set<String>> subjectsOfTerm = new HashMap<>();
        for (Dataset d : datasets) {
            d.manifest().subjectTerms().forEach(t -> subjectsOfTerm.computeIfAbsent(normal(t), k -> new HashSet<>())
                    .add(String.valueOf(d.manifest().subject())));
        }
        subjectTerms.forEach((family, terms) -> {
            if (!terms.isEmpty()) {
                subjects.put(family, Phrases.of(terms.stream().map(Vocabulary::normal).toList()));
            }
            List<String> own = terms.stream().filter(t -> subjectsOfTerm.get(normal(t)).size() == 1).toList();
            if (!own.isEmpty()) {
                ownSubjects.put(family, Phrases.of(own.stream().map(Vocabulary::normal).toList()));
            }
        });
        publishers = Phrases.of(publisherNames.stream().map(Vocabulary::normal).toList());
    }

    /** Metric terms in {@code text}, in text order; the longest term wins where two overlap. */
    List<Hit> metrics(String text) {
        List<Hit> out = new ArrayList<>();
        for (Span s : metricTerms.spans(text)) {
            for (Meaning meaning : meanings.getOrDefault(normal(s.of(text)), List.of())) {
                out.add(new Hit(meaning.family(), meaning.metric(), s));
            }
        }
        return out;
    }

    /** Where a family's subject words ("copper", "crude oil") are written in {@code text}. */
    List<Span> subjectSpans(String family, String text) {
        return subjectSpans(family, text, Phrases.words(text));
    }

    /** As {@link #subjectSpans(String, String)}, with the words of {@code text} already split ({@link Phrases#words}). */
    List<Span> subjectSpans(String family, String text, Set<String> words) {
        Phrases p = subjects.get(family);
        return p == null || !p.mayMatch(words) ? new ArrayList<>() : p.spans(text);
    }

    /**
     * The row of a name-keyed table that {@code text} names by an alias ("the euro" names EUR of the exchange rates),
     * or empty. With {@code loose}, a one-word alias after "the" counts too ("the yen" where the claim writes the
     * measure's words, "per dollar"); otherwise only an alias of several words ("the euro", "South Korean won"), since
     * a one-word alias is often a common word too ("won", "real", "pound").
     */
    Optional<String> keyNamed(String family, String text, boolean loose) {
        return keySpan(family, text, loose).map(sp -> keyOfAlias.get(family).get(normal(text.substring(sp.start(),
                sp.end()))));
    }

    /** Where {@code text} names a row of a name-keyed family by an alias (see {@link #keyNamed}), or empty. */
    Optional<Span> keySpan(String family, String text, boolean loose) {
        Phrases p = (loose ? anyAlias : longAlias).get(family);
        if (p == null || !p.mayMatch(Phrases.words(text))) {
            return Optional.empty();
        }
        for (Span s : p.spans(text)) {
            if (s.of(text).strip().contains(" ") || AFTER_THE.matcher(text.substring(0, s.start())).find()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** A one-word alias names its row only after "the" ("the won", not "won a contract"). */
    private static final Pattern AFTER_THE = Pattern.compile("(?i)\\bthe\\s+$");

    /** Whether a name-keyed family has a row keyed {@code key} among its aliased rows ("JPY"). */
    boolean hasKey(String family, String key) {
        Map<String, String> byAlias = keyOfAlias.get(family);
        return byAlias != null && byAlias.containsValue(key);
    }

    /** The name-keyed families whose rows {@code text} names by a several-word alias. */
    Set<String> keysNamed(String text) {
        Set<String> out = new HashSet<>();
        Set<String> words = Phrases.words(text);
        longAlias.forEach((family, p) -> {
            if (p.in(text, words)) {
                out.add(family);
            }
        });
        return out;
    }

    /** Where any family's subject words are written in {@code text}. */
    List<Span> anySubjectSpans(String text) {
        List<Span> out = new ArrayList<>();
        Set<String> words = Phrases.words(text);
        subjects.keySet().forEach(f -> out.addAll(subjectSpans(f, text, words)));
        return out;
    }

    /**
     * Whether {@code text} names the subject of {@code family} with words no other family's subject has: "US crude"
     * names WTI alone, where "crude oil" names Brent and WTI alike.
     */
    boolean namesOwnSubject(String family, String text) {
        Phrases p = ownSubjects.get(family);
        return p != null && p.in(text, Phrases.words(text));
    }

    /** Whether {@code text} names the subject of {@code family}. */
    boolean namesSubject(String family, String text) {
        Phrases p = subjects.get(family);
        return p != null && p.in(text, Phrases.words(text));
    }

    /** The families whose subject {@code text} names. */
    Set<String> subjectsNamed(String text) {
        Set<String> out = new HashSet<>();
        if (text != null) {
            Map<String, List<Integer>> positions = Phrases.positions(text);
            subjects.forEach((family, p) -> {
                if (p.in(text, positions)) {
                    out.add(family);
                }
            });
        }
        return out;
    }

    /**
     * The subject of a family outside {@code families} that {@code text} names, as written ("oil" when the claim's
     * measure is reserves and only price series are about oil), or empty: a claim about it is none of theirs.
     */
    Optional<String> otherSubject(String text, Set<String> families) {
        Set<String> words = Phrases.words(text);
        for (Map.Entry<String, Phrases> e : subjects.entrySet()) {
            if (families.contains(e.getKey()) || !e.getValue().mayMatch(words)) {
                continue;
            }
            List<Span> found = e.getValue().spans(text);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0).of(text).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** Whether a family names no subject of its own: its measures' words say what it is about ("GDP"). */
    boolean generic(String family) {
        return !subjects.containsKey(family);
    }

    /** Where {@code text} names a dataset's publisher ("the United States Geological Survey"). */
    List<Span> publishers(String text) {
        return publishers.spans(text);
    }

    /** A term as a lookup key: lower case, single spaces, straight apostrophes. */
    private static String normal(String term) {
        return term.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s-]+", " ");
    }
}
