package org.assay.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a pipeline's taggers on gold tokens: part-of-speech accuracy on a CoNLL-U file (XPOS), and exact-span name F1
 * by type on a CoNLL-2003 file. Names are read from the labels the stages see (a run of one type is one name), so the
 * two taggers are scored the same way.
 */
public final class TaggerEvaluation {

    /** Which gold format a file is in, or {@code null} for neither. */
    public enum Format { CONLL_U, CONLL_2003 }

    /** Part-of-speech accuracy: words tagged as the gold data does, of all words. */
    public record PosScore(long right, long words) {
        public double accuracy() {
            return words == 0 ? 0 : (double) right / words;
        }
    }

    /** Exact-span counts of one type (or of all, under "ALL"). */
    public record NameCounts(long right, long found, long gold) {
        public double precision() {
            return found == 0 ? 0 : (double) right / found;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) right / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private TaggerEvaluation() {
    }

    /** The gold format of {@code file}: CoNLL-U by its extension, CoNLL-2003 by its {@code -DOCSTART-} opening. */
    public static Format format(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        if (file.getFileName().toString().endsWith(".conllu")) {
            return Format.CONLL_U;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.limit(1).anyMatch(l -> l.startsWith("-DOCSTART-")) ? Format.CONLL_2003 : null;
        } catch (java.io.UncheckedIOException e) {
            return null;
        }
    }

    public static PosScore pos(NlpPipeline nlp, Path conllU) throws IOException {
        long right = 0;
        long words = 0;
        for (List<TaggedSentence> doc : TaggedSentence.byDocument(ConllU.read(conllU))) {
            NlpPipeline.Tagged tagged = nlp.tagWords(doc.stream().map(TaggedSentence::words).toList());
            for (int s = 0; s < doc.size(); s++) {
                String[] gold = doc.get(s).labels();
                for (int i = 0; i < gold.length; i++) {
                    right += gold[i].equals(tagged.tags().get(s)[i]) ? 1 : 0;
                    words++;
                }
            }
        }
        return new PosScore(right, words);
    }

    /** Exact-span counts by CoNLL type (PER, LOC, ORG, MISC), then "ALL". */
    public static Map<String, NameCounts> names(NlpPipeline nlp, Path conll2003) throws IOException {
        Map<String, long[]> counts = new LinkedHashMap<>();
        NameLabels.TYPES.forEach(t -> counts.put(t, new long[3]));
        counts.put("ALL", new long[3]);
        for (List<TaggedSentence> doc : TaggedSentence.byDocument(Conll2003.read(conll2003))) {
            NlpPipeline.Tagged tagged = nlp.tagWords(doc.stream().map(TaggedSentence::words).toList());
            for (int s = 0; s < doc.size(); s++) {
                Set<NameLabels.Span> gold = new HashSet<>(NameLabels.spans(doc.get(s).labels()));
                List<NameLabels.Span> found = runs(tagged.names().get(s));
                for (NameLabels.Span g : gold) {
                    counts.get(g.type())[2]++;
                    counts.get("ALL")[2]++;
                }
                for (NameLabels.Span f : found) {
                    counts.get(f.type())[1]++;
                    counts.get("ALL")[1]++;
                    if (gold.contains(f)) {
                        counts.get(f.type())[0]++;
                        counts.get("ALL")[0]++;
                    }
                }
            }
        }
        Map<String, NameCounts> out = new LinkedHashMap<>();
        counts.forEach((t, c) -> out.put(t, new NameCounts(c[0], c[1], c[2])));
        return out;
    }

    /** Names as the stages read them: each run of tokens with one CoreNLP type, as a CoNLL-typed span. */
    private static List<NameLabels.Span> runs(String[] labels) {
        List<NameLabels.Span> out = new ArrayList<>();
        int i = 0;
        while (i < labels.length) {
            int type = NameLabels.CORENLP_TYPES.indexOf(labels[i]);
            if (type < 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.length && labels[j].equals(labels[i])) {
                j++;
            }
            out.add(new NameLabels.Span(NameLabels.TYPES.get(type), i, j));
            i = j;
        }
        return out;
    }
}
