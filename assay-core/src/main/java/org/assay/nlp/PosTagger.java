package org.assay.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assay's part-of-speech tagger: a greedy averaged perceptron (Honnibal's design) that tags a sentence left to right
 * with Penn Treebank tags from each word, its affixes, shape and cluster, its neighbours and the two tags before it.
 * Frequent words that take one tag almost always are tagged from a dictionary. Trained on UD English-EWT (and GUM's
 * news) by {@code assay train-taggers}; the model ships as {@value #RESOURCE}. Immutable and thread-safe.
 */
public final class PosTagger {

    static final String RESOURCE = "pos.model.gz";
    /** Most features one word gets; see {@link #features}. */
    static final int MAX_FEATURES = 28;

    private final Perceptron model;
    private final String[] tags;
    private final Map<String, Integer> dictionary;
    private final WordClusters clusters;
    private final boolean[] verbLike;
    private final int number;

    /**
     * @param dictionary words tagged without the model: each word with its one tag's number among the model's classes
     */
    PosTagger(Perceptron model, Map<String, Integer> dictionary, WordClusters clusters) {
        this.model = model;
        this.tags = model.classes().toArray(String[]::new);
        this.dictionary = Map.copyOf(dictionary);
        this.clusters = clusters;
        this.verbLike = verbLike(model.classes());
        this.number = model.classes().indexOf("CD");
    }

    /**
     * The tag number {@code word} gets without the model, or {@code null}: a dictionary word's one tag, or {@code CD}
     * (tag {@code number}, -1 when there is none) for an amount ({@link TaggerWords#isAmount}).
     */
    static Integer fixedTag(Map<String, Integer> dictionary, int number, String word) {
        Integer fixed = dictionary.get(word);
        return fixed == null && number >= 0 && TaggerWords.isAmount(word) ? Integer.valueOf(number) : fixed;
    }

    /** For each tag, whether it is a verb's or a modal's (the tags {@link History} remembers). */
    static boolean[] verbLike(List<String> tags) {
        boolean[] out = new boolean[tags.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = tags.get(t).startsWith("V") || tags.get(t).equals("MD");
        }
        return out;
    }

    /**
     * What the features read of the tags already given in a sentence: the two before the word, and the last verb or
     * modal and where it stands ("has granted" against "groups granted" many words after the subject).
     */
    static final class History {
        private final boolean[] verbLike;
        int prev = START;
        int prev2 = START;
        int verb = START;
        int verbAt = -1;

        /** A sentence's history over tags whose verbs and modals {@code verbLike} marks ({@link #verbLike(List)}). */
        History(boolean[] verbLike) {
            this.verbLike = verbLike;
        }

        void add(int tag, int at) {
            prev2 = prev;
            prev = tag;
            if (verbLike[tag]) {
                verb = tag;
                verbAt = at;
            }
        }
    }

    /** The bundled model; an {@link IllegalStateException} when it is missing from the class path. */
    public static PosTagger bundled() {
        return ModelFiles.bundled(RESOURCE, "part-of-speech", in -> read(in, WordClusters.bundled()));
    }

    /** The tags of one sentence's words, in order. */
    public String[] tag(String[] words) {
        String[] out = new String[words.length];
        long[] features = new long[MAX_FEATURES];
        float[] scores = new float[tags.length];
        int[] wordClusters = clusters.of(words);
        History history = new History(verbLike);
        for (int i = 0; i < words.length; i++) {
            Integer fixed = fixedTag(dictionary, number, words[i]);
            int t;
            if (fixed != null) {
                t = fixed;
            } else {
                int n = features(words, wordClusters, i, history, features);
                Arrays.fill(scores, 0);
                model.score(features, n, scores);
                t = Perceptron.best(scores, null);
            }
            out[i] = tags[t];
            history.add(t, i);
        }
        return out;
    }

    /** The tag number before a sentence's first word. */
    static final int START = -1;

    /**
     * The features of word {@code i} given the tags before it ({@link #START} before the sentence) and the words'
     * clusters ({@link WordClusters#of(String[])}); writes them to {@code out} and returns how many.
     */
    static int features(String[] w, int[] cluster, int i, History history, long[] out) {
        int prev = history.prev;
        int prev2 = history.prev2;
        String word = w[i];
        int len = word.length();
        int n = 0;
        out[n++] = FeatureHash.of(0);
        out[n++] = FeatureHash.ofLower(1, word);
        out[n++] = FeatureHash.of(2, word);
        out[n++] = FeatureHash.ofLower(3, word, len - 3, len);
        out[n++] = FeatureHash.ofLower(4, word, len - 2, len);
        out[n++] = FeatureHash.ofLower(5, word, len - 4, len);
        out[n++] = FeatureHash.of(6, word, 0, 1);
        out[n++] = FeatureHash.ofShape(7, word);
        out[n++] = FeatureHash.of(8, prev);
        out[n++] = FeatureHash.of(9, prev2);
        out[n++] = FeatureHash.of(10, prev, prev2);
        out[n++] = FeatureHash.of(11, word, prev);
        out[n++] = FeatureHash.of(12, cluster[i]);
        out[n++] = FeatureHash.of(13, i == 0 ? 1 : 0, Character.isUpperCase(word.charAt(0)) ? 1 : 0);
        if (i > 0) {
            String p = w[i - 1];
            out[n++] = FeatureHash.ofLower(14, p);
            out[n++] = FeatureHash.ofLower(15, p, p.length() - 3, p.length());
            out[n++] = FeatureHash.of(16, cluster[i - 1]);
        }
        if (i > 1) {
            out[n++] = FeatureHash.ofLower(17, w[i - 2]);
        }
        if (i + 1 < w.length) {
            String x = w[i + 1];
            out[n++] = FeatureHash.ofLower(18, x);
            out[n++] = FeatureHash.ofLower(19, x, x.length() - 3, x.length());
            out[n++] = FeatureHash.of(20, cluster[i + 1]);
        } else {
            out[n++] = FeatureHash.of(21);
        }
        if (i + 2 < w.length) {
            out[n++] = FeatureHash.ofLower(22, w[i + 2]);
        }
        out[n++] = FeatureHash.of(23, history.verb);
        if (history.verbAt >= 0) {
            out[n++] = FeatureHash.ofLower(24, w[history.verbAt], Math.min(i - history.verbAt, 4));
        }
        return n;
    }

    void write(DataOutputStream out) throws IOException {
        model.write(out);
        out.writeInt(dictionary.size());
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(dictionary).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeShort(e.getValue());
        }
    }

    static PosTagger read(DataInputStream in, WordClusters clusters) throws IOException {
        Perceptron model = Perceptron.read(in);
        int n = in.readInt();
        Map<String, Integer> dictionary = new HashMap<>();
        for (int k = 0; k < n; k++) {
            dictionary.put(in.readUTF(), (int) in.readShort());
        }
        return new PosTagger(model, dictionary, clusters);
    }
}
