package org.assay.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Assay's named-entity recogniser: a greedy averaged perceptron over BILOU labels of the CoNLL types (PER, LOC, ORG,
 * MISC), after Ratinov and Roth (2009). Each token is labelled left to right from its word, affixes, shape, word
 * cluster and part-of-speech tag, those of its neighbours, the two labels before it, and what the document says of
 * the word elsewhere (written in lower case; the type given it earlier). Labels that cannot follow the one before
 * (an "I-" after "O") are never chosen. Trained on CoNLL-2003 by {@code assay train-taggers}; the model ships as
 * {@value #RESOURCE}. Immutable and thread-safe.
 */
public final class NameTagger {

    static final String RESOURCE = "ner.model.gz";
    static final int MAX_FEATURES = 48;
    static final int START = -1;

    private final Perceptron model;
    private final String[] labels;
    private final int[] types;
    private final boolean[][] allowed;
    private final WordClusters clusters;

    NameTagger(Perceptron model, WordClusters clusters) {
        this.model = model;
        this.labels = model.classes().toArray(String[]::new);
        this.types = Arrays.stream(labels).mapToInt(NameLabels::typeOf).toArray();
        this.allowed = NameLabels.transitions(model.classes());
        this.clusters = clusters;
    }

    /** The bundled model; an {@link IllegalStateException} when it is missing from the class path. */
    public static NameTagger bundled() {
        try (InputStream raw = NameTagger.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the name model " + RESOURCE + " is missing from the class path");
            }
            return read(new DataInputStream(new GZIPInputStream(raw, 1 << 16)), WordClusters.bundled());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name model", e);
        }
    }

    /**
     * The BILOU labels of a document's tokens, sentence by sentence: {@code words} and their part-of-speech
     * {@code tags}, one array per sentence.
     */
    public List<String[]> tag(List<String[]> words, List<String[]> tags) {
        NameDocument doc = new NameDocument(words, tags);
        List<String[]> out = new ArrayList<>(words.size());
        long[] features = new long[MAX_FEATURES];
        float[] scores = new float[labels.length];
        for (int s = 0; s < doc.words.length; s++) {
            String[] sentence = doc.words[s];
            String[] result = new String[sentence.length];
            int prev = START;
            int prev2 = START;
            for (int i = 0; i < sentence.length; i++) {
                int n = features(doc, s, i, prev, prev2, clusters, features);
                Arrays.fill(scores, 0);
                model.score(features, n, scores);
                int label = Perceptron.best(scores, allowed[prev + 1]);
                result[i] = labels[label];
                doc.saw(sentence[i], types[label]);
                prev2 = prev;
                prev = label;
            }
            out.add(result);
        }
        return out;
    }

    /** Which labels may follow label {@code prev} ({@link #START} first in a sentence). */
    boolean[] allowedAfter(int prev) {
        return allowed[prev + 1];
    }

    int typeOf(int label) {
        return types[label];
    }

    /**
     * The features of token {@code i} of sentence {@code s} given the two labels before it; writes them to {@code out}
     * and returns how many.
     */
    static int features(NameDocument doc, int s, int i, int prev, int prev2, WordClusters clusters, long[] out) {
        String[] w = doc.words[s];
        String[] t = doc.tags[s];
        String word = w[i];
        int len = word.length();
        int n = 0;
        out[n++] = FeatureHash.of(0);
        out[n++] = FeatureHash.ofLower(1, word);
        out[n++] = FeatureHash.of(2, word);
        out[n++] = FeatureHash.ofShape(3, word);
        for (int k = 1; k <= 4 && k <= len; k++) {
            out[n++] = FeatureHash.ofLower(3 + k, word, 0, k);
            out[n++] = FeatureHash.ofLower(7 + k, word, len - k, len);
        }
        int cluster = clusters.of(word);
        out[n++] = FeatureHash.of(12, cluster);
        out[n++] = FeatureHash.of(13, t[i]);
        out[n++] = FeatureHash.of(14, t[i], word.isEmpty() ? 0 : Character.isUpperCase(word.charAt(0)) ? 1 : 0);
        if (i > 0) {
            out[n++] = FeatureHash.ofLower(15, w[i - 1]);
            out[n++] = FeatureHash.ofShape(16, w[i - 1]);
            out[n++] = FeatureHash.of(17, clusters.of(w[i - 1]));
            out[n++] = FeatureHash.of(18, t[i - 1]);
            out[n++] = FeatureHash.ofLower(19, w[i - 1], word);
        } else {
            out[n++] = FeatureHash.of(20);
        }
        if (i > 1) {
            out[n++] = FeatureHash.ofLower(21, w[i - 2]);
            out[n++] = FeatureHash.of(22, clusters.of(w[i - 2]));
        }
        if (i + 1 < w.length) {
            out[n++] = FeatureHash.ofLower(23, w[i + 1]);
            out[n++] = FeatureHash.ofShape(24, w[i + 1]);
            out[n++] = FeatureHash.of(25, clusters.of(w[i + 1]));
            out[n++] = FeatureHash.of(26, t[i + 1]);
            out[n++] = FeatureHash.ofLower(27, word, w[i + 1]);
        } else {
            out[n++] = FeatureHash.of(28);
        }
        if (i + 2 < w.length) {
            out[n++] = FeatureHash.ofLower(29, w[i + 2]);
            out[n++] = FeatureHash.of(30, clusters.of(w[i + 2]));
        }
        out[n++] = FeatureHash.of(31, prev);
        out[n++] = FeatureHash.of(32, prev, prev2);
        out[n++] = FeatureHash.of(33, word, prev);
        out[n++] = FeatureHash.of(34, cluster, prev);
        boolean capital = len > 0 && Character.isUpperCase(word.charAt(0));
        if (capital) {
            out[n++] = FeatureHash.of(35, i == 0 ? 1 : 0, doc.writtenLower(word) ? 1 : 0);
            out[n++] = FeatureHash.of(36, doc.likelyType(word));
        }
        return n;
    }

    void write(DataOutputStream out) throws IOException {
        model.write(out);
    }

    static NameTagger read(DataInputStream in, WordClusters clusters) throws IOException {
        return new NameTagger(Perceptron.read(in), clusters);
    }
}
