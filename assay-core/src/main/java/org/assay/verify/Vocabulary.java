package org.assay.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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

    private record Term(Pattern pattern, String family, String metric) {
    }

    /** Commodities and subjects a text may name that no bundled dataset is about; a claim about them is not ours. */
    private static final Pattern OTHER_SUBJECTS = Pattern.compile("(?i)\\b(oil|crude|natural gas|gas|gold|silver|copper"
            + "|lithium|nickel|cobalt|uranium|coal|iron ore|iron|steel|alumin(?:i)?um|bauxite|graphite|zinc|platinum"
            + "|palladium|titanium|manganese|potash|phosphate|diamonds?|wheat|grain|corn|timber|water|helium|tin"
            + "|tungsten|gallium|germanium|antimony|magnesium|chromium)\\b");

    private final List<Term> metrics = new ArrayList<>();
    private final Map<String, List<Pattern>> subjects = new LinkedHashMap<>();
    private final List<Pattern> publishers = new ArrayList<>();

    Vocabulary(List<Dataset> datasets) {
        List<Term> terms = new ArrayList<>();
        for (Dataset d : datasets) {
            Manifest m = d.manifest();
            for (Measure measure : m.measures()) {
                for (String t : measure.terms()) {
                    terms.add(new Term(phrase(t), m.family(), measure.metric()));
                }
            }
            List<Pattern> s = subjects.computeIfAbsent(m.family(), k -> new ArrayList<>());
            m.subjectTerms().forEach(t -> s.add(phrase(t)));
            m.publisherNames().forEach(t -> publishers.add(phrase(t)));
        }
        terms.sort(Comparator.comparingInt((Term t) -> -t.pattern.pattern().length()));
        metrics.addAll(terms);
    }

    /** Metric terms in {@code text}, longest first where two overlap. */
    List<Hit> metrics(String text) {
        List<Hit> out = new ArrayList<>();
        for (Term t : metrics) {
            Matcher m = t.pattern.matcher(text);
            while (m.find()) {
                Span s = new Span(m.start(), m.end());
                boolean shadowed = out.stream().anyMatch(h -> h.span().overlaps(s) && h.span().length() > s.length());
                if (!shadowed && out.stream().noneMatch(h -> h.span().equals(s) && h.family().equals(t.family)
                        && h.metric().equals(t.metric))) {
                    out.add(new Hit(t.family, t.metric, s));
                }
            }
        }
        out.sort(Comparator.comparing(Hit::span));
        return out;
    }

    /** Whether {@code text} names the subject of {@code family}. */
    boolean namesSubject(String family, String text) {
        return subjects.getOrDefault(family, List.of()).stream().anyMatch(p -> p.matcher(text).find());
    }

    /** Whether {@code text} names a commodity or subject outside {@code family}'s own terms. */
    boolean namesOtherSubject(String text) {
        return OTHER_SUBJECTS.matcher(text).find();
    }

    /** Where {@code text} names a dataset's publisher ("the United States Geological Survey"). */
    List<Span> publishers(String text) {
        List<Span> out = new ArrayList<>();
        for (Pattern p : publishers) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(new Span(m.start(), m.end()));
            }
        }
        return out;
    }

    /** A phrase as a pattern: case-insensitive, whole words, any run of spaces or hyphens between words. */
    private static Pattern phrase(String words) {
        String[] parts = words.strip().split("[\\s-]+");
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                re.append("[\\s-]+");
            }
            re.append(Pattern.quote(parts[i]).replace("'", "\\E['’]\\Q"));
        }
        re.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
