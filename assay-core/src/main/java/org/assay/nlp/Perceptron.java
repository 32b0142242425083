package org.assay.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A trained linear model over hashed features: for each feature the weights of the few classes it votes for, held
 * sparse (class numbers and weights in two flat arrays) behind an open-addressing table of feature hashes. Loaded
 * once and read by any number of threads; scoring allocates nothing.
 */
final class Perceptron implements Scorer {

    private final List<String> classes;
    private final long[] keys;
    private final int[] first;
    private final int[] count;
    private final short[] classOf;
    private final float[] weight;
    private final int mask;

    private Perceptron(List<String> classes, long[] keys, int[] first, int[] count, short[] classOf, float[] weight) {
        this.classes = List.copyOf(classes);
        this.keys = keys;
        this.first = first;
        this.count = count;
        this.classOf = classOf;
        this.weight = weight;
        this.mask = keys.length - 1;
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
            int slot = find(features[f]);
            if (slot < 0) {
                continue;
            }
            for (int k = first[slot], end = k + count[slot]; k < end; k++) {
                scores[classOf[k]] += weight[k];
            }
        }
    }

    private int find(long key) {
        if (key == 0) {
            key = 1;
        }
        int i = (int) key & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return i;
            }
            if (k == 0) {
                return -1;
            }
            i = (i + 1) & mask;
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
        long[] keys = new long[capacity];
        int[] first = new int[capacity];
        int[] count = new int[capacity];
        int total = Arrays.stream(rowClasses).mapToInt(r -> r.length).sum();
        short[] classOf = new short[total];
        float[] weight = new float[total];
        int at = 0;
        for (int f = 0; f < features.length; f++) {
            long key = features[f] == 0 ? 1 : features[f];
            int i = (int) key & (capacity - 1);
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & (capacity - 1);
            }
            keys[i] = key;
            first[i] = at;
            count[i] = rowClasses[f].length;
            System.arraycopy(rowClasses[f], 0, classOf, at, rowClasses[f].length);
            System.arraycopy(rowWeights[f], 0, weight, at, rowWeights[f].length);
            at += rowClasses[f].length;
        }
        return new Perceptron(classes, keys, first, count, classOf, weight);
    }

    /** Writes the classes, then each feature with its sparse row. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(classes.size());
        for (String c : classes) {
            out.writeUTF(c);
        }
        int n = 0;
        for (long k : keys) {
            n += k == 0 ? 0 : 1;
        }
        out.writeInt(n);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == 0) {
                continue;
            }
            out.writeLong(keys[i]);
            out.writeShort(count[i]);
            for (int k = first[i]; k < first[i] + count[i]; k++) {
                out.writeShort(classOf[k]);
                out.writeFloat(weight[k]);
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
