package org.assay.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Takes the distributional word clusters out of CoreNLP's 4-class NER model (its feature factory's lexicon, which the
 * model was trained with: {@code egw4-reut.512}) and writes them as {@link WordClusters#RESOURCE}: one
 * "word TAB cluster" line each, sorted, gzipped without a time stamp so the file is the same on every run.
 */
final class ClusterExtraction {

    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private ClusterExtraction() {
    }

    /** Writes the clusters to {@code file}; returns how many words it holds. */
    static int write(Path file) throws IOException {
        Map<String, String> lexicon = lexicon();
        Map<String, String> sorted = new TreeMap<>(lexicon);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : sorted.entrySet()) {
                if (!e.getKey().isEmpty() && e.getKey().indexOf('\t') < 0 && e.getKey().indexOf('\n') < 0) {
                    out.write(e.getKey() + "\t" + e.getValue() + "\n");
                }
            }
        }
        return sorted.size();
    }

    private static Map<String, String> lexicon() throws IOException {
        try {
            CRFClassifier<?> crf = CRFClassifier.getClassifier(NER_MODEL);
            Field factories = AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
            factories.setAccessible(true);
            for (Object factory : (List<?>) factories.get(crf)) {
                Field lexicon = factory.getClass().getDeclaredField("lexicon");
                lexicon.setAccessible(true);
                @SuppressWarnings("unchecked")
                Map<String, String> map = (Map<String, String>) lexicon.get(factory);
                if (map != null && !map.isEmpty()) {
                    return map;
                }
            }
            throw new IOException("CoreNLP's NER model holds no word clusters");
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IOException("cannot read the word clusters from CoreNLP's NER model: " + e, e);
        }
    }
}
