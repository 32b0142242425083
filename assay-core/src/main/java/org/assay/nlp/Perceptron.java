package org.assay.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A trained linear model over hashed features: for each feature the weights of the few classes it votes for. Laid
 * out for the cache, since scoring is a hash lookup per feature: an open-addressing table holds each feature's key
 * next to where its row starts and how long it is, and each row is a run of longs, a class number and a weight
 * packed in each. Loaded once and read by any number of threads; scoring allocates nothing.
 */
final class Perceptron implements Scorer {

    private final List<String> classes;
    /** Pairs: the feature's key (0 for an empty slot), then its row's start (high 32 bits) and length (low 32). */
    private final long[] table;
    /** Rows: a class number (high 32 bits) and the float bits of its weight (low 32) in each long. */
    private final long[] rows;
    private final int mask;

    private Perceptron(List<String> classes, long[] table, long[] rows) {
        this.classes = List.copyOf(classes);
        this.table = table;
        this.rows = rows;
        this.mask = table.length / 2 - 1;
    }

    List<String> classes() {
        return classes;
    }

    int size() {
        return classes.size();
    }

    /** Adds the weights of {@code features[0..n)} to {@code scores} (one slot per class). */
    @Override
    public void score(long[] features, int n, float[] scores) {
        for (int f = 0; f < n; f++) {
            long key = features[f] == 0 ? 1 : features[f];
            int i = (int) key & mask;
            long k;
            while ((k = table[2 * i]) != key) {
                if (k == 0) {
                    break;
                }
                i = (i + 1) & mask;
            }
            if (k == 0) {
                continue;
            }
            long meta = table[2 * i + 1];
            for (int r = (int) (meta >>> 32), end = r + (int) meta; r < end; r++) {
                long e = rows[r];
                scores[(int) (e >>> 32)] += Float.intBitsToFloat((int) e);
            }
        }
    }

    /** The index of the highest score among the classes {@code allowed} admits (all when it is null). */
    static int best(float[] scores, boolean[] allowed) {
        int best = -1;
        for (int c = 0; c < scores.length; c++) {
            if ((allowed == null || allowed[c]) && (best < 0 || scores[c] > scores[best])) {
                best = c;
            }
        }
        return best;
    }

    /** Builds a model from features and their sparse rows (class numbers and weights, one pair of arrays each). */
    static Perceptron of(List<String> classes, long[] features, short[][] rowClasses, float[][] rowWeights) {
        int capacity = Integer.highestOneBit(Math.max(16, features.length * 2 - 1)) << 1;
        long[] table = new long[2 * capacity];
        int total = Arrays.stream(rowClasses).mapToInt(r -> r.length).sum();
        long[] rows = new long[total];
        int at = 0;
        for (int f = 0; f < features.length; f++) {
            long key = features[f] == 0 ? 1 : features[f];
            int i = (int) key & (capacity - 1);
            while (table[2 * i] != 0 && table[2 * i] != key) {
                i = (i + 1) & (capacity - 1);
            }
            table[2 * i] = key;
            table[2 * i + 1] = (long) at << 32 | rowClasses[f].length;
            for (int k = 0; k < rowClasses[f].length; k++) {
                rows[at++] = (long) rowClasses[f][k] << 32 | (Float.floatToRawIntBits(rowWeights[f][k]) & 0xFFFFFFFFL);
            }
        }
        return new Perceptron(classes, table, rows);
    }

    /** Writes the classes, then each feature with its sparse row. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(classes.size());
        for (String c : classes) {
            out.writeUTF(c);
        }
        int n = 0;
        for (int i = 0; i < table.length; i += 2) {
            n += table[i] == 0 ? 0 : 1;
        }
        out.writeInt(n);
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] == 0) {
                continue;
            }
            out.writeLong(table[i]);
            int first = (int) (table[i + 1] >>> 32);
            int count = (int) table[i + 1];
            out.writeShort(count);
            for (int r = first; r < first + count; r++) {
                out.writeShort((int) (rows[r] >>> 32));
                out.writeFloat(Float.intBitsToFloat((int) rows[r]));
            }
        }
    }

    static Perceptron read(DataInputStream in) throws IOException {
        int nClasses = in.readInt();
        String[] classes = new String[nClasses];
        for (int c = 0; c < nClasses; c++) {
            classes[c] = in.readUTF();
        }
        int n = in.readInt();
        long[] features = new long[n];
        short[][] rowClasses = new short[n][];
        float[][] rowWeights = new float[n][];
        for (int f = 0; f < n; f++) {
            features[f] = in.readLong();
            int count = in.readShort();
            rowClasses[f] = new short[count];
            rowWeights[f] = new float[count];
            for (int k = 0; k < count; k++) {
                rowClasses[f][k] = in.readShort();
                rowWeights[f][k] = in.readFloat();
            }
        }
        return of(List.of(classes), features, rowClasses, rowWeights);
    }
}
