package org.assay.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A trained linear model over hashed features: for each feature the weights of the few classes it votes for. Laid
 * out for the cache, since scoring is a hash lookup per feature: an open-addressing table of one long per feature
 * (the upper half of its 64-bit hash as a fingerprint, the table index taken from the lower half, and where its row
 * starts and how long it is), and rows of longs, a class number and a weight packed in each. A fingerprint shared by
 * two features at one index is possible but rarer than one in a million lookups, and costs one stray vote. Loaded
 * once and read by any number of threads; scoring allocates nothing.
 */
final class Perceptron implements Scorer {

    /** Bits of a slot that say how many classes the row holds (the rest say where it starts). */
    private static final int COUNT_BITS = 8;
    private static final int MAX_ROWS = 1 << (32 - COUNT_BITS);

    private final List<String> classes;
    /** One slot per feature: fingerprint (high 32 bits; 0 only for an empty slot), row start and length (low 32). */
    private final long[] table;
    /** Rows: a class number (high 32 bits) and the float bits of its weight (low 32) in each long. */
    private final long[] rows;
    private final int mask;
    /** The features as built, in order, and each one's slot value: what {@link #write} writes. */
    private final long[] features;
    private final long[] slots;

    private Perceptron(List<String> classes, long[] table, long[] rows, long[] features, long[] slots) {
        this.classes = List.copyOf(classes);
        this.table = table;
        this.rows = rows;
        this.mask = table.length - 1;
        this.features = features;
        this.slots = slots;
    }

    List<String> classes() {
        return classes;
    }

    /** The fingerprint a feature is known by in its slot: never 0, which marks an empty slot. */
    private static int fingerprint(long feature) {
        int f = (int) (feature >>> 32);
        return f == 0 ? 1 : f;
    }

    /** Adds the weights of {@code features[0..n)} to {@code scores} (one slot per class). */
    @Override
    public void score(long[] features, int n, float[] scores) {
        for (int f = 0; f < n; f++) {
            int fingerprint = fingerprint(features[f]);
            int i = (int) features[f] & mask;
            long slot;
            while ((slot = table[i]) != 0 && (int) (slot >>> 32) != fingerprint) {
                i = (i + 1) & mask;
            }
            if (slot == 0) {
                continue;
            }
            int where = (int) slot;
            for (int r = where >>> COUNT_BITS, end = r + (where & ((1 << COUNT_BITS) - 1)); r < end; r++) {
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

    /**
     * Builds a model from features and their sparse rows (class numbers and weights, one pair of arrays each); a
     * feature whose slot another with its fingerprint already holds is left out.
     */
    static Perceptron of(List<String> classes, long[] features, short[][] rowClasses, float[][] rowWeights) {
        if (classes.size() > (1 << COUNT_BITS)) {
            throw new IllegalArgumentException(classes.size() + " classes; at most " + (1 << COUNT_BITS));
        }
        int capacity = Integer.highestOneBit(Math.max(16, features.length * 4 / 3)) << 1;
        long[] table = new long[capacity];
        int total = Arrays.stream(rowClasses).mapToInt(r -> r.length).sum();
        if (total >= MAX_ROWS) {
            throw new IllegalArgumentException(total + " weights; at most " + MAX_ROWS);
        }
        long[] rows = new long[total];
        long[] kept = new long[features.length];
        long[] keptSlots = new long[features.length];
        int n = 0;
        int at = 0;
        for (int f = 0; f < features.length; f++) {
            int fingerprint = fingerprint(features[f]);
            int i = (int) features[f] & (capacity - 1);
            while (table[i] != 0 && (int) (table[i] >>> 32) != fingerprint) {
                i = (i + 1) & (capacity - 1);
            }
            if (table[i] != 0) {
                continue;
            }
            table[i] = (long) fingerprint << 32 | ((long) at << COUNT_BITS | rowClasses[f].length) & 0xFFFFFFFFL;
            kept[n] = features[f];
            keptSlots[n++] = table[i];
            for (int k = 0; k < rowClasses[f].length; k++) {
                rows[at++] = (long) rowClasses[f][k] << 32 | (Float.floatToRawIntBits(rowWeights[f][k]) & 0xFFFFFFFFL);
            }
        }
        return new Perceptron(classes, table, rows.length == at ? rows : Arrays.copyOf(rows, at),
                Arrays.copyOf(kept, n), Arrays.copyOf(keptSlots, n));
    }

    /** Writes the classes, then each feature (its full hash) with its sparse row, in the order they were built. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(classes.size());
        for (String c : classes) {
            out.writeUTF(c);
        }
        out.writeInt(features.length);
        for (int f = 0; f < features.length; f++) {
            out.writeLong(features[f]);
            int where = (int) slots[f];
            int first = where >>> COUNT_BITS;
            int count = where & ((1 << COUNT_BITS) - 1);
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
