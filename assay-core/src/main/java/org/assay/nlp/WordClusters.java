package org.assay.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Distributional word clusters: each lower-cased word of a large news corpus mapped to one of a few hundred classes of
 * words used alike ("kadlecek" and other surnames share one). The bundled clusters are CoreNLP's
 * {@code egw4-reut.512} (GPL, as Assay), taken from its NER model by {@code assay train-taggers}. Held as word hashes
 * in an open-addressing table; immutable and thread-safe.
 */
final class WordClusters {

    static final String RESOURCE = "clusters.tsv.gz";
    /** The cluster of a word not in the table. */
    static final int UNKNOWN = -1;

    private final long[] keys;
    private final short[] cluster;
    private final int mask;

    private WordClusters(long[] keys, short[] cluster) {
        this.keys = keys;
        this.cluster = cluster;
        this.mask = keys.length - 1;
    }

    /** The bundled clusters, loaded once. */
    static WordClusters bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final WordClusters BUNDLED = load();
    }

    /** The cluster of each word, in order. */
    int[] of(String[] words) {
        int[] out = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = of(words[i]);
        }
        return out;
    }

    /** The cluster of {@code word} (lower-cased here), or {@link #UNKNOWN}. */
    int of(CharSequence word) {
        long key = hash(word);
        int i = (int) key & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return cluster[i];
            }
            i = (i + 1) & mask;
        }
        return UNKNOWN;
    }

    private static long hash(CharSequence word) {
        return hash(word, 0, word.length());
    }

    private static long hash(CharSequence text, int from, int to) {
        long h = FeatureHash.ofLower(0, text, from, to);
        return h == 0 ? 1 : h;
    }

    /** The clusters of a file {@link ClusterExtraction} wrote (none when it does not exist). */
    static WordClusters read(java.nio.file.Path file) throws IOException {
        if (!java.nio.file.Files.exists(file)) {
            return new WordClusters(new long[16], new short[16]);
        }
        try (InputStream raw = java.nio.file.Files.newInputStream(file)) {
            return read(raw);
        }
    }

    private static WordClusters load() {
        try (InputStream raw = WordClusters.class.getResourceAsStream(RESOURCE)) {
            return raw == null ? new WordClusters(new long[16], new short[16]) : read(raw);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled word clusters", e);
        }
    }

    /** Parses "word TAB cluster" lines, hashing each word where it stands in the text (no string per word). */
    private static WordClusters read(InputStream raw) throws IOException {
        String text = new String(new GZIPInputStream(raw, 1 << 16).readAllBytes(), StandardCharsets.UTF_8);
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            lines += text.charAt(i) == '\n' ? 1 : 0;
        }
        int capacity = Integer.highestOneBit(Math.max(16, lines * 2)) << 1;
        long[] keys = new long[capacity];
        short[] cluster = new short[capacity];
        int at = 0;
        while (at < text.length()) {
            int tab = text.indexOf('\t', at);
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            if (tab > at && tab < end) {
                long key = hash(text, at, tab);
                int value = 0;
                for (int i = tab + 1; i < end && Character.isDigit(text.charAt(i)); i++) {
                    value = value * 10 + (text.charAt(i) - '0');
                }
                int i = (int) key & (capacity - 1);
                while (keys[i] != 0 && keys[i] != key) {
                    i = (i + 1) & (capacity - 1);
                }
                keys[i] = key;
                cluster[i] = (short) value;
            }
            at = end + 1;
        }
        return new WordClusters(keys, cluster);
    }
}
