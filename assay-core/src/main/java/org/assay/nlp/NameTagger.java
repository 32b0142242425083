package org.assay.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Assay's named-entity recogniser: an averaged perceptron over BILOU labels of the CoNLL types (PER, LOC, ORG, MISC),
 * after Ratinov and Roth (2009), searched with a beam. Each token is scored from its word, affixes, shape, word
 * cluster and part-of-speech tag, those of its neighbours, the two labels before it, the document's topic, and what
 * the document says of the word elsewhere (written in lower case; the type given it in earlier sentences). A sentence's
 * labels are the best-scoring sequence the beam finds, left to right; labels that cannot follow the one before (an
 * "I-" after "O") are never chosen. Trained on CoNLL-2003 by {@code assay train-taggers}; the model ships as
 * {@value #RESOURCE}. Immutable and thread-safe.
 */
public final class NameTagger {

    static final String RESOURCE = "ner.model.gz";
    static final int MAX_FEATURES = 48;
    static final int START = -1;
    /**
     * How many label sequences the search keeps: on CoNLL's development set four score 1.5 points of F1 above one
     * (greedy); six and eight score no higher and take longer.
     */
    static final int BEAM = 4;

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
        return ModelFiles.bundled(RESOURCE, "name", in -> read(in, WordClusters.bundled()));
    }

    /**
     * The BILOU labels of a document's tokens, sentence by sentence: {@code words} and their part-of-speech
     * {@code tags}, one array per sentence.
     */
    public List<String[]> tag(List<String[]> words, List<String[]> tags) {
        NameDocument doc = new NameDocument(words, tags, clusters);
        List<String[]> out = new ArrayList<>(words.size());
        long[] context = new long[MAX_FEATURES];
        long[] features = new long[MAX_FEATURES];
        float[] base = new float[labels.length];
        float[] scores = new float[labels.length];
        Beam beam = new Beam(BEAM);
        for (int s = 0; s < doc.words.length; s++) {
            String[] sentence = doc.words[s];
            beam.start(sentence.length);
            for (int i = 0; i < sentence.length; i++) {
                int c = contextFeatures(doc, s, i, context);
                Arrays.fill(base, 0);
                model.score(context, c, base);
                for (int b = 0; b < beam.width(); b++) {
                    int n = labelFeatures(doc, s, i, beam.label(b, i - 1), beam.label(b, i - 2), features, 0);
                    System.arraycopy(base, 0, scores, 0, scores.length);
                    model.score(features, n, scores);
                    beam.offer(b, scores, allowed[beam.label(b, i - 1) + 1]);
                }
                beam.advance(i);
            }
            String[] result = new String[sentence.length];
            for (int i = 0; i < sentence.length; i++) {
                int label = beam.label(0, i);
                result[i] = labels[label];
                doc.saw(sentence[i], types[label]);
            }
            out.add(result);
        }
        return out;
    }


    /**
     * The features of token {@code i} of sentence {@code s} given the two labels before it; writes them to {@code out}
     * and returns how many.
     */
    static int features(NameDocument doc, int s, int i, int prev, int prev2, long[] out) {
        return labelFeatures(doc, s, i, prev, prev2, out, contextFeatures(doc, s, i, out));
    }

    /** The features of token {@code i} that depend on the labels before it, written from {@code n} on; the count. */
    static int labelFeatures(NameDocument doc, int s, int i, int prev, int prev2, long[] out, int n) {
        String word = doc.words[s][i];
        out[n++] = FeatureHash.of(31, prev);
        out[n++] = FeatureHash.of(32, prev, prev2);
        out[n++] = FeatureHash.of(33, word, prev);
        out[n++] = FeatureHash.of(34, doc.clusters[s][i], prev);
        return n;
    }

    /** The features of token {@code i} that do not depend on the labels before it; writes them and returns how many. */
    static int contextFeatures(NameDocument doc, int s, int i, long[] out) {
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
        int[] cl = doc.clusters[s];
        int cluster = cl[i];
        out[n++] = FeatureHash.of(12, cluster);
        out[n++] = FeatureHash.of(13, t[i]);
        out[n++] = FeatureHash.of(14, t[i], word.isEmpty() ? 0 : Character.isUpperCase(word.charAt(0)) ? 1 : 0);
        if (i > 0) {
            out[n++] = FeatureHash.ofLower(15, w[i - 1]);
            out[n++] = FeatureHash.ofShape(16, w[i - 1]);
            out[n++] = FeatureHash.of(17, cl[i - 1]);
            out[n++] = FeatureHash.of(18, t[i - 1]);
            out[n++] = FeatureHash.ofLower(19, w[i - 1], word);
        } else {
            out[n++] = FeatureHash.of(20);
        }
        if (i > 1) {
            out[n++] = FeatureHash.ofLower(21, w[i - 2]);
            out[n++] = FeatureHash.of(22, cl[i - 2]);
        }
        if (i + 1 < w.length) {
            out[n++] = FeatureHash.ofLower(23, w[i + 1]);
            out[n++] = FeatureHash.ofShape(24, w[i + 1]);
            out[n++] = FeatureHash.of(25, cl[i + 1]);
            out[n++] = FeatureHash.of(26, t[i + 1]);
            out[n++] = FeatureHash.ofLower(27, word, w[i + 1]);
        } else {
            out[n++] = FeatureHash.of(28);
        }
        if (i + 2 < w.length) {
            out[n++] = FeatureHash.ofLower(29, w[i + 2]);
            out[n++] = FeatureHash.of(30, cl[i + 2]);
        }
        boolean capital = len > 0 && Character.isUpperCase(word.charAt(0));
        if (capital) {
            out[n++] = FeatureHash.of(35, i == 0 ? 1 : 0, doc.writtenLower(word) ? 1 : 0);
            out[n++] = FeatureHash.of(36, doc.likelyType(word));
        }
        out[n++] = FeatureHash.of(37, doc.topic(), cluster);
        return n;
    }

    void write(DataOutputStream out) throws IOException {
        model.write(out);
    }

    static NameTagger read(DataInputStream in, WordClusters clusters) throws IOException {
        return new NameTagger(Perceptron.read(in), clusters);
    }

    /**
     * A beam of label sequences over one sentence, best first: each step every kept sequence offers its extensions
     * and the {@code size} best survive. Reused from sentence to sentence; not thread-safe.
     */
    static final class Beam {
        private final int size;
        private int[][] paths = new int[0][];
        private int[][] next = new int[0][];
        private final float[] score;
        private final int[] fromPath;
        private final int[] withLabel;
        private final float[] total;
        private int width;
        private int found;

        Beam(int size) {
            this.size = size;
            this.score = new float[size];
            this.fromPath = new int[size];
            this.withLabel = new int[size];
            this.total = new float[size];
        }

        /** Empties the beam for a sentence of {@code length} tokens. */
        void start(int length) {
            if (paths.length == 0 || paths[0].length < length) {
                paths = new int[size][Math.max(length, 2 * (paths.length == 0 ? 0 : paths[0].length))];
                next = new int[size][paths[0].length];
            }
            width = 1;
            found = 0;
            score[0] = 0;
        }

        int width() {
            return width;
        }

        /** The label sequence {@code b} gives token {@code i}, or {@link #START} before the sentence. */
        int label(int b, int i) {
            return i < 0 ? START : paths[b][i];
        }

        /** Whether sequence {@code b} has the labels of {@code gold[0..to]}. */
        boolean follows(int b, int[] gold, int to) {
            for (int i = 0; i <= to; i++) {
                if (paths[b][i] != gold[i]) {
                    return false;
                }
            }
            return true;
        }

        /** Offers sequence {@code b} extended by each label {@code allowed} admits, at its {@code scores}. */
        void offer(int b, float[] scores, boolean[] allowed) {
            for (int c = 0; c < scores.length; c++) {
                float t = score[b] + scores[c];
                if (!allowed[c] || found == size && t <= total[size - 1]) {
                    continue;
                }
                int at = found < size ? found++ : size - 1;
                while (at > 0 && total[at - 1] < t) {
                    total[at] = total[at - 1];
                    fromPath[at] = fromPath[at - 1];
                    withLabel[at] = withLabel[at - 1];
                    at--;
                }
                total[at] = t;
                fromPath[at] = b;
                withLabel[at] = c;
            }
        }

        /** Keeps the best extensions offered for token {@code i}. */
        void advance(int i) {
            for (int k = 0; k < found; k++) {
                System.arraycopy(paths[fromPath[k]], 0, next[k], 0, i);
                next[k][i] = withLabel[k];
                score[k] = total[k];
            }
            int[][] swap = paths;
            paths = next;
            next = swap;
            width = found;
            found = 0;
        }
    }
}
