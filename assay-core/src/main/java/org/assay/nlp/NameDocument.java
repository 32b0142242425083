package org.assay.nlp;

import java.util.Arrays;
import java.util.List;

/**
 * One document as the name tagger reads it: its sentences' words and part-of-speech tags, which words it also writes
 * in lower case (a capitalised "Police" that opens a sentence is then likely no name), its topic (the first word of
 * a wire headline: "SOCCER - ..."), and the types the tagger has given each word in earlier sentences (a later
 * "Blackburn" after "Peter Blackburn" is a person). Built once per document; the tables are sized to it, so tagging
 * allocates nothing per token. Not thread-safe: one per document and thread.
 */
final class NameDocument {

    final String[][] words;
    final String[][] tags;
    /** Each word's cluster ({@link WordClusters#of}), looked up once for all the features that read it. */
    final int[][] clusters;
    private final long[] lowerWords;
    private final long[] historyKeys;
    private final int[] historyCounts;
    private final int mask;
    private final int topic;

    NameDocument(List<String[]> words, List<String[]> tags, WordClusters wordClusters) {
        this.words = words.toArray(String[][]::new);
        this.tags = tags.toArray(String[][]::new);
        this.clusters = words.stream().map(wordClusters::of).toArray(int[][]::new);
        int n = words.stream().mapToInt(s -> s.length).sum();
        long[] lower = new long[n];
        int k = 0;
        for (String[] sentence : words) {
            for (String w : sentence) {
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                    lower[k++] = FeatureHash.ofLower(LOWER, w);
                }
            }
        }
        this.lowerWords = Arrays.copyOf(lower, k);
        Arrays.sort(lowerWords);
        int capacity = Integer.highestOneBit(Math.max(16, n * 2)) << 1;
        this.historyKeys = new long[capacity];
        this.historyCounts = new int[capacity * NameLabels.TYPES.size()];
        this.mask = capacity - 1;
        boolean headline = this.words.length > 0 && this.words[0].length > 0 && shouting(this.words[0]);
        this.topic = headline ? (int) FeatureHash.ofLower(TOPIC, this.words[0][0]) : 0;
    }

    /**
     * A hash of the first word of the document's all-capital headline, its topic in news wires ("SOCCER - JAPAN GET
     * LUCKY WIN", where a city is often a team), or 0 when the document opens with no such headline.
     */
    int topic() {
        return topic;
    }

    /** A sentence with at least {@value #SHOUTING_LETTERS} letters and none in lower case. */
    private static boolean shouting(String[] sentence) {
        int letters = 0;
        for (String w : sentence) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters += Character.isLetter(c) ? 1 : 0;
            }
        }
        return letters >= SHOUTING_LETTERS;
    }

    private static final int LOWER = 97;
    private static final int HISTORY = 98;
    private static final int TOPIC = 96;
    /** Fewer letters than this make no headline ("1996-08-22", "U.S."). */
    private static final int SHOUTING_LETTERS = 4;

    /** Whether the document also writes {@code word} starting with a lower-case letter. */
    boolean writtenLower(String word) {
        return Arrays.binarySearch(lowerWords, FeatureHash.ofLower(LOWER, word)) >= 0;
    }

    /** The type the tagger has given {@code word} most often so far in this document, or -1. */
    int likelyType(String word) {
        int slot = slot(FeatureHash.of(HISTORY, word), false);
        if (slot < 0) {
            return -1;
        }
        int best = -1;
        int bestCount = 0;
        for (int t = 0; t < NameLabels.TYPES.size(); t++) {
            int c = historyCounts[slot * NameLabels.TYPES.size() + t];
            if (c > bestCount) {
                best = t;
                bestCount = c;
            }
        }
        return best;
    }

    /** Notes that the tagger gave {@code word} the type {@code type} (a place in {@link NameLabels#TYPES}). */
    void saw(String word, int type) {
        if (type < 0) {
            return;
        }
        int slot = slot(FeatureHash.of(HISTORY, word), true);
        if (slot >= 0) {
            historyCounts[slot * NameLabels.TYPES.size() + type]++;
        }
    }

    private int slot(long key, boolean add) {
        long k = key == 0 ? 1 : key;
        int i = (int) k & mask;
        for (int probes = 0; probes <= mask; probes++) {
            if (historyKeys[i] == k) {
                return i;
            }
            if (historyKeys[i] == 0) {
                if (!add) {
                    return -1;
                }
                historyKeys[i] = k;
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }
}
