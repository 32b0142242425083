package org.assay.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
        long h = FeatureHash.ofLower(0, word);
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

    private static WordClusters read(InputStream raw) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
        java.util.List<String> lines = in.lines().toList();
        int capacity = Integer.highestOneBit(Math.max(16, lines.size() * 2)) << 1;
        long[] keys = new long[capacity];
        short[] cluster = new short[capacity];
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                continue;
            }
            long key = hash(line.substring(0, tab));
            int i = (int) key & (capacity - 1);
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & (capacity - 1);
            }
            keys[i] = key;
            cluster[i] = Short.parseShort(line.substring(tab + 1).strip());
        }
        return new WordClusters(keys, cluster);
    }
}
